"""The forms of a heading that says what was learned, in any words (folded text): what a
session learned or found ("What did the group learn?", "Lessons from the pilot", "What's
working"), and what someone keeps from it ("What we're taking back to our teams", "With
hindsight"). ingest.extract.headings reads a heading's meaning with them."""

from __future__ import annotations

import re

__all__ = ["LEARNING_FOR", "says_learned"]

_THE_SESSION = (  # "the session", "this week's debrief", "the referral data"
    r"(?:the|this|today s|our)\s+(?:\w+\s+){0,2}(?:session|day|event|workshop|visit|meeting|"
    r"pilot|call|discussion|review|exercise|walk|walkaround|conversation|evening|morning|"
    r"afternoon|refresher|course|training|programme|study\s+day|circle|season|project|term|"
    r"block|module|placement|quarter|month|year|week|fortnight|period|audit|incident|"
    r"inspection|evaluation|survey|trial|round|consultation|case|complaint|data|figures|"
    r"feedback|debrief|network|forum|collaborative|cohort|winter|summer|spring|autumn|clinic|"
    r"huddle|shift)s?\b"
)
LEARNING_FOR = re.compile(  # "Learning for the team", "Learning from the session", "Learning
    # the forum noted from the pilot", "Themes from the debrief"; not an agenda item's
    # "Learning from Northern Ireland"
    r"(?:learning|learnings|takeaways|insights)\s+(?:for\b|from\s+" + _THE_SESSION + r""
    r"|from\s+today\b"
    r"|(?:shared|noted|captured|gathered|recorded|agreed|identified)\b"  # "Learning shared at …"
    r"|(?:that\s+)?(?:the|we|our|i)\s+(?:\w+\s+){0,2}(?:noted|took|drew|identified|agreed|"
    r"recorded|captured|shared|summed|summari[sz]ed|heard|hearing|saw|noticed|pulled)\b)"
    r"|(?:key\s+|main\s+)?(?:themes?|findings|patterns)\s+(?:across\s+|in\s+)?(?:from\s+)?"
    + _THE_SESSION
)
_LEARNED_HEADING = re.compile(  # a heading that asks or says what was learned, in any words:
    # "What did the group learn?", "What the panel said we learned from the day",
    # "What have we learned?", "Lessons from the pilot", "What surprised us", "Three things
    # that struck us", "What should we carry forward?", "If we did it again", "If you started
    # again, what would you do differently?", "So what?", "What it means for us", "Insight"
    # (not "What it means for you": what the reader is to do)
    r"\b(?:what\b.{0,40}\blearn(?:ed|t|ing)?|(?:(?:we|i|you|they)(?:ve)?|group|panel|participants|"
    r"teams?|staff|people|attendees)\s+(?:have\s+|has\s+|had\s+|are\s+)?learn(?:ed|t|ing)\b"
    r"|lessons?\s+(?:from|for|learn(?:ed|t)|we|identified|noted|drawn|arising|captured)\b"
    r"|^(?:key\s+)?(?:points?|things?|messages?)\s+(?:\w+\s+){0,2}learn(?:ed|t)\b"
    r"|(?:what|things?|that)\b.{0,30}\b(?:surprised|struck|stood out to|stayed with|stuck with)"
    r"\s+(?:us|me|them)\b"  # "Five things that stayed with us"
    r"|\bif\s+(?:we|you|i|they)\b.{0,30}\b(?:again|differently|over)\b"
    r"|\b(?:would|should|could|will)\s+(?:we|you|i|they)\b.{0,25}\b(?:differently|carry "
    r"forward|keep doing|change next time)\b"
    r"|^so what\b|^what (?:it|this|that|these) means?\b(?!\s+for\s+you)|^implications?\b"
    r"|^what\b.{0,30}\b(?:said|heard|told (?:us|me|them|the \w+))$"
    r"|^what\b.{0,30}\b(?:told|taught|shared\s+with|learn(?:ed|t)\s+from)\s+(?:each\s+other|"
    r"one\s+another)$"  # "What teams told each other"
    r"|^what\b.{0,30}\bsaid\b(?!\s+(?:it|they|he|she|we|i)\s+(?:will|would|could|plans?|"
    r"intends?|is going)\b)(?:\s+\w+){1,5}$"  # "What the room said recovery needs"; not "…
    # said it will do" (a promise)
    r"|^(?:key\s+|main\s+|one\s+|two\s+|three\s+|four\s+|five\s+|six\s+|\d+\s+)?"
    r"(?:themes?|things?)\s+(?:we|you|they|people)\s+(?:heard|noticed)$"  # "Three things we heard"
    r"|^what (?:it|they|the(?: \w+){1,3}) found$"
    r"|^what\b.{0,50}\b(?:showed|shows)(?:\s+us)?$"  # "What the records and the discussion showed"
    r"|^what (?:\w+ ){1,3}(?:found|noticed|discovered)(?: out)?(?: when| after| in| about|$)"
    r"|^what\b.{0,40}\bmakes?\s+(?:\w+\s+){0,3}works?$"  # "What we agreed makes our MDT work"
    r"|^what (?:we|you|they|i|the \w+) (?:are|is|am|have been|keep|kept) (?:noticing|seeing|"
    r"finding|hearing)\b"  # "What we are noticing in our practice", "What we keep seeing"
    r"|^what\b.{0,50}\btaught\s+(?:us|me|them|(?:the|our|its|their)\s+\w+)\b|^take[ -]?aways?\b"
    r"|\b(?:points?|summary|areas?|record|notes?)\s+of\s+learning\b|\blearning\s+points?\b"
    r"|^(?:our\s+|the\s+)?(?:aha|a-ha|lightbulb|light bulb|eureka)\s+moments?\b"
    r"|^(?:(?:key|main|practice|teaching|learning)\s+)?(?:reflections?|points?|things?|messages?)"
    r"\s+(?:that\s+)?(?:the|we|our|i)\b.{0,30}"
    r"\b(?:took|take|taking)\s+(?:away|home|back)\b"
    r"|\b(?:would|wish to|want to|to|id|wed|we d|i d)\s+pass\s+on\b|^pass(?:ing)?\s+on$"
    r"|\b(?:tips?|advice)\s+(?:for|to)\s+others\b"
    r"|\b(?:points?|tips?|advice|lessons?)\s+for\s+(?:all|other|any|future)\b"
    r"|^(?:key\s+|main\s+)?points\s+for\s+(?!(?:discussion|action|actions|decision|decisions|"
    r"noting|information|agreement|approval|the\s+agenda|next)\b)(?:the\s+|our\s+)?\w+$"
    r"|\b(?:we|i|they|you|the\s+group)(?:\s*['’]?\s*ve|\s+have|\s+had)?\s+(?:figured|worked|"
    r"found)\s+out\b"  # "Things we've worked out together"
    r"|^(?:our\s+|the\s+|key\s+|main\s+|emerging\s+|early\s+|initial\s+)?conclusions?"
    r"(?:\s+(?:so\s+far|reached|drawn)|\s+(?:the|we|our)\b.{0,40}\b(?:reached|drew|drawn|"
    r"came\s+to)(?:\s+so\s+far)?"  # "Conclusions the task group has reached so far"
    r"|\s+(?:from|after)\s+(?:the\s+|this\s+|these\s+|our\s+|its\s+)?(?:first\s+)?"
    r"(?:\w+\s+)?(?:\w+\s+)?(?:weeks|months|years|pilot|test|trial|review|session|day|"
    r"audit|project|year|cycle|cycles|sprint|phase|visit|visits))$"  # "Our conclusions from
    # twelve weeks", "Conclusions after the first year of the pilot"
    r"|^what\b.{0,40}\b(?:take|took)\s+(?:away\s+)?from\s+(?:this|it|that|these|the\s+\w+|"
    r"\w+s\s+(?:story|visit|talk|experience|account))\b"
    r"|^(?:key |main |our )?(?:insight|take[ -]?(?:home|away)s?(?: messages?| points?)?)$"
    r"|\b(?:one|two|three|four|five|\d|the|a)\s+things?\s+(?:\w+\s+){0,3}learn(?:ed|t)\b"
    r"|^(?:\w+\s+){0,3}(?:big|key|main|biggest)\s+ideas?\b"
    r"|^what(?:s\s+|\b.{0,40}\b(?:is|are|isnt|arent|seems?\s+to\s+be)\s+)(?:not\s+)?working"
    r"(?:\s+(?:well|best|so\s+far))?(?:\s+(?:and\s+)?what(?:s|\s+is)?\s+(?:not|isnt)"
    r"(?:\s+working)?)?$"  # "What champions said is working", "What's working, what's not"
    r"|^what\s+(?:\w+\s+){0,4}?(?:works|doesnt\s+work)(?:\s+(?:well|best))?$"
    r"|^(?:what|(?:the\s+)?things?)\s+(?:we|i|they|you|the\s+\w+)\s+"
    r"(?:now\s+(?:knows?|understands?|realises?|realizes?|sees?)|(?:knows?|understands?)"
    r"\s+now)\b"  # "What we now know about reducing sleeping tablets", "What the cluster now
    # understands"
    r"|^(?:worth|good|useful|handy)\s+to\s+know\b|^worth\s+knowing\b"  # "Worth knowing (…)"
    r"|^what\b.{0,40}\b(?:revealed|uncovered|exposed|surfaced|emerged|brought\s+(?:out|to\s+light))"
    r"(?:\s+(?:to\s+)?(?:us|me|them))?$"  # "What the pathway walk-through revealed"
    r"|^what\s+(?:the|this|our|these|its)\s+(?:\w+\s+){0,3}?(?:showed|shows|show|shown)$"
    # "What the review showed", "What the data show"
    r"|^(?:what|things?)\s+(?:we|i|they|you|people|the\s+\w+)\s+(?:\w+\s+)?"
    r"(?:picked|pick(?:ing)?)\s+up\b"  # "What we picked up from each other"
    r"|^what\s+(?:\w+\s+)?(?:came|comes|come)\s+out\s+(?:of|from)\b"  # "What came out of …"
    r"|^(?:key\s+|main\s+|our\s+)?(?:findings|conclusions|lessons|points)\s+(?:that\s+)?"
    r"(?:we|the\s+\w+(?:\s+\w+)?)\s+(?:\w+\s+)?(?:agreed|reached|noted|identified)(?:\s+on)?$"
    # "Findings we agreed on", "Points the group noted"
    r"|^(?:key\s+|main\s+)?(?:points?|areas?)\s+of\s+(?:agreement|consensus)$"  # a roundtable's
    # shared conclusions ("Points of agreement"), not "Points for agreement" (a decision asked)
    r"|\bharvest(?:ed|ing)?\b)",  # a hosted session's gathering of what it learned
    re.IGNORECASE,
)


_KEPT_HEADING = re.compile(  # what someone keeps from it: "What Leah is taking away", "What
    # participants asked us to hold on to", "What we're carrying forward", "Points the
    # Committee drew from the evidence", "What the group wanted other services to know",
    # "Reflections from the tables", "With hindsight"
    r"^what\b.{0,50}\b(?:tak(?:e|es|ing|en)\s+(?:away|home|back|from|into)|"
    r"took\s+(?:away|home|back|from|into)|"
    r"carr(?:y|ies|ying|ied)\s+(?:forward|home|back|away|out\s+of|into|with\s+(?:us|me|them))|"
    r"hold(?:ing)?\s+on\s+to|held\s+on\s+to|remember(?:ing|ed)?|keep(?:ing)?\s+"
    r"hold\s+of|realis(?:e|ed|ing)|realiz(?:e|ed|ing))\b"
    r"|^what\b.{0,50}\b(?:(?:went|go|goes|came|come|got)\s+(?:home|away)|left)\s+with\b"
    r"|^what\b.{0,50}\bkept\s+(?:coming\s+back|returning)\s+to\b"  # "What we went home with"
    r"|^what\b.{0,40}\b(?:drew|draws|drawn|draw)\s+(?:out\s+)?from\b"  # "What the workshop drew
    # from the history"
    r"|^what\b.{0,40}\bwant(?:s|ed)?\s+(?:\w+\s+){1,4}?to\s+(?:understand|know|hear|remember|"
    r"take\s+away)\b"  # "What the panel wants the health board to understand"
    r"|^what\b.{0,50}\b(?:want(?:s|ed)?|need(?:s|ed)?|ought|should)\s+(?:\w+\s+){0,3}?"
    r"(?:other|others|services?|commissioners|staff|teams|everyone|people|you)\b"
    r"(?:\s+\w+){0,2}?\s+(?:to\s+)?know\b"
    r"|^(?:the\s+)?(?:key\s+|main\s+)?(?:points?|messages?|conclusions?|lessons?)\s+"
    r"(?:\w+\s+){0,3}?(?:drew|drawn|draws|took|taken)\s+(?:from|out\s+of)\b"
    r"|^(?:reflections?|insights?|learnings)\s+(?:from|on|of)\b"  # "Learning from X": a talk
    r"|^(?:our\s+|closing\s+|final\s+)?(?:reflections?|lessons?|insights?|take-?aways?)\s+"
    r"(?:before|after|as|when|at\s+the\s+(?:end|close))\b"  # "Reflections before we went home"
    r"|^(?:shared|closing|final|joint)\s+reflections?\b"  # "Shared reflections at the close"
    r"|^(?:key\s+|main\s+|common\s+)?themes?\s+(?:emerging|that\s+emerged|arising)\s+(?:from|in|"
    r"across)\b"  # "Themes emerging from the reviews"
    r"|^reflections?\s+(?:the|we|i|they|statements?|offered|shared|agreed|noted|captured|"
    r"recorded|gathered)\b"  # "Reflection statements", "Reflections agreed by the group"
    r"|^what\b.{0,40}\b(?:showed|shows|shown|showing|show|taught|teaches|teaching|teach|told|"
    r"tells|telling|tell)\s+(?:us|me|them)\b"  # "What the list is telling us", "… cases tell us"
    r"|^what\b.{0,40}\b(?:changed|shifted)\s+(?:in\s+)?(?:our|my|their|peoples|everyones)\s+"
    r"(?:thinking|minds?|views?)\b"  # "What the day changed in our thinking"
    r"|^what\b.{0,40}\b(?:concluded|concludes)\b"  # "Blue hat: what the session concluded"
    r"|\bteaching\s+points?\b"  # "What the week showed us", "Key teaching points"
    r"|^learning\s+(?:across|over|during|throughout)\s+the\b|^learning\s+(?:we|i|they)\s+\w"
    r"|^learning\s+to\s+(?:feed|take|carry|bring|pass|share)\s+(?:\w+\s+)?(?:into|back|forward|"
    r"on|to)\b"  # "Learning to feed into the plan refresh" (not "Learning to code")
    r"|^(?:with|in)\s+hindsight\b|^looking\s+back\b"
    r"|^(?:what|(?:\w+\s+)?things?)\b.{0,40}\b(?:say|tell|pass\s+on|advise|recommend)\s+"
    r"(?:to\s+)?(?:another|other|"
    r"others|anyone|someone|somebody|a\s+new|new|the\s+next)\b"  # "What we'd say to another team",
    # "Things we'd tell a new midwife joining the team"
    r"|^(?:\w+\s+){0,2}(?:things?|points?|messages?|lessons?|insights?)\s+"
    r"(?:to|we|you|i|they|the\s+\w+|"
    r"im|ive|weve|were|youre|theyre|id|wed|well|ill|youll|theyll)"  # contracted when folded:
    # "I'm" is "im", "we'll" is "well"
    r"\s+(?:\w+\s+)?(?:tak(?:e|ing)\s+(?:away|home|forward|back)|took\s+(?:away|home|back)|"
    r"remember(?:ing)?|keep(?:ing)?|kept|carr(?:y|ying|ied)|hold(?:ing)?\s+on\s*to|"
    r"held\s+on\s*to|hang(?:ing)?\s+on\s*to)\b"
    # "Three things to take away", "Three things I took away", "Things I'm holding on to":
    # what someone keeps from it, in any tense
    r"|^what\s+(?:this|the|our|their|her|his)\s+(?:\w+\s+){0,2}?(?:asks?|means?|teach(?:es)?)"
    r"\s+(?:of\s+)?(?:us|you|them|services|staff)\b",  # "What this story asks of us"
    re.IGNORECASE,
)


def says_learned(words: str) -> bool:
    """Whether a heading's folded words say what was learned or what someone keeps from it.

    >>> says_learned("what champions said is working"), says_learned("working group")
    (True, False)
    >>> says_learned("what the room said recovery needs"), says_learned(
    ...     "what the council said it will do")
    (True, False)
    >>> says_learned("what the cluster now understands"), says_learned("what we understand")
    (True, False)
    >>> says_learned("what we now know about reducing sleeping tablets")
    True
    >>> says_learned("what the pathway walk through revealed"), says_learned("what it revealed")
    (True, True)
    >>> says_learned("what well carry into our visits")
    True
    >>> says_learned("our conclusions from twelve weeks"), says_learned("conclusions from wales")
    (True, False)
    >>> says_learned("things we know now that we didnt in september"), says_learned("worth knowing")
    (True, True)
    >>> says_learned("what the review showed"), says_learned("findings we agreed on")
    (True, True)
    >>> says_learned("what came out of all three rooms"), says_learned("what came next")
    (True, False)
    >>> says_learned("what we picked up from each other"), says_learned("what to pick up")
    (True, False)
    >>> says_learned("what the day surfaced"), says_learned("what emerged")
    (True, True)
    >>> says_learned("three things we heard"), says_learned("what the season taught our leaders")
    (True, True)
    >>> says_learned("reflections agreed by the group"), says_learned("reflections")
    (True, False)
    >>> says_learned("reflections before we went home")
    True
    >>> says_learned("what teams told each other"), says_learned("what we learnt from one another")
    (True, True)
    >>> says_learned("what the stuck cases tell us"), says_learned("what the day changed in our "
    ...     "thinking")
    (True, True)
    >>> says_learned("what the slides show you"), says_learned("what the data show")
    (False, True)
    """
    return bool(_LEARNED_HEADING.search(words) or _KEPT_HEADING.search(words))
