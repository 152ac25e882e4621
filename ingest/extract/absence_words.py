"""How notes say someone did not come, wherever they say it: "sent apologies", "Regrets:",
"could not travel", "was called away", "off sick", "attending for Greg" (someone came in
their place), and a letter's "Dear …" (ingest.extract.people_blocks reads its sign-off).
Used by the sections, lists, tables and prose readers alike (ingest.extract.sections).
"""

from __future__ import annotations

import re

from graph.reference.names import TITLE_BEFORE

__all__ = [
    "SALUTATION",
    "apologies_in",
    "apology_at",
    "came_in_place_of",
    "opens_with_apologies",
    "says_apologies",
]


_NOT_ALL_WHO = r"(?<!(?<!,)\swho\s)(?<!^who\s)"  # not "all who could not", but "A, who could not"
_APOLOGY = re.compile(
    r"\b(?:sent|send|sends|gave|give|gives|giving|offered|with|phoned|rang|texted|e-?mailed|"
    r"messaged)\s+(?:in\s+)?(?:their\s+|his\s+|her\s+|my\s+)?"
    r"(?:apologies|regrets)\b|^\W*(?:regrets|absent)\b"
    r"|^\W*(?:[^\W\d_]+\s*/\s*)?(?:apologies|ymddiheuriadau)\b"  # and Welsh, or both
    r"|(?<=\w)\s*[:–—]\s+(?:sent\s+)?(?:apologies|regrets|absent)\b"  # "A, GP: apologies"
    r"|(?<=[\w)\]])\s+-{1,2}\s+(?:sent\s+)?(?:apologies|regrets|absent)\b"  # "…, Partnership -
    # APOLOGIES", "A (Pencoed Pharmacy) - absent, covering a late shift"
    r"|\bsent\s+apols?\b"  # "❌ sent apols"
    r"|\bapologies\s+(?:from|received|were)\b"
    r"|\b(?:unable|not able|no longer able) to (?:attend|join|make it|speak|present|take part)\b"
    r"|\b(?:unable|not able)\s+to\s+\w+\s+(?:on\s+the\s+(?:day|night)|that\s+day|today)\b"
    r"|"
    + _NOT_ALL_WHO
    + r"(?<!\byou )\b(?:couldn['’]?t|could not|can['’]?t|cannot)\s+(?:make it|attend|"
    r"join|come|be there|dial\s*-?\s*in|log\s*(?:in|on)|get\s+(?:on|online|through))\b"
    r"|\b(?:withdrew|pulled out|dropped out)\b|\bhad to stay (?:behind|on the|at)\b"
    r"|,\s*who\s+(?:was|is|had\s+been)\s+(?:unwell|ill|poorly|off\s+sick|away)\b"  # "Cllr A,
    # who was unwell"
    r"|\btoo (?:unwell|ill|poorly) to (?:come|attend|join|travel|be there)\b"
    r"|\b(?:was|were|had(?:\s+been)?)\s+(?:meant|due|supposed|going|down|booked|scheduled|"
    r"expected|listed)\s+"
    r"to\s+\w+\b[^.;]{0,60}\bbut\b"
    r"|\b(?:was|were)\s+to\s+\w+\b[^.;]{0,60}\bbut\s+(?:phoned|rang|called|texted|e-?mailed|"
    r"messaged|wrote|sent|had|was|got|could|stayed)\b"  # "was to bring two colleagues but phoned"
    r"|" + _NOT_ALL_WHO + r"(?<!\bwho will )(?<!\bwho would )(?<!\bwho might )(?<!\bwho may )"
    r"\b(?:didn['’]?t|did not|never)\s+(?:come|arrive|attend|make it|join|get to|"
    r"get there|turn up|take\s+part)\b|\bnever\s+(?:came|arrived|attended|made\s+it|joined|"
    r"got\s+there|turned\s+up|took\s+part)\b"  # "he never made it past Crianlarich"
    r"|\b(?:was|were)\s+called\s+(?:away|back|to\s+(?:the|a)\s+\w+)\b"
    r"|\b(?:unable|not able)\s+to\s+(?:travel|come|be there)\b"
    r"|\b(?:had\s+)?hoped\s+to\s+(?:come|attend|join|be there|make it|welcome|have)\b[^.;]{0,100}"
    r"\bbut\b|\b(?:could\s+not|couldn['’]t)\s+make\s+the\s+(?:trip|journey|meeting|session)\b"
    r"|"
    + _NOT_ALL_WHO
    + r"\b(?:couldn['’]t|could not|can['’]t|cannot)\s+(?:travel|be released|get away|"
    r"be with us|join us)\b|\b(?:we|they)\s+missed\s+(?:\w+\s+)?(?:people|colleagues|members|"
    r"speakers|guests)\b"
    r"|\b(?:is|was|were|are)\s+on\s+(?:annual\s+|sick\s+|study\s+|maternity\s+|parental\s+)?"
    r"leave\b|^\W*declined\b"  # "GMH was on leave."
    r"|\b(?:is|was|were|are)\s+(?:off\s+sick|unwell|ill|away)\s+"
    r"(?:on\s+the\s+day|today|that\s+day)\b"
    r"|\b(?:was|were)\s+not\s+(?:present|in\s+attendance)(?=\s*(?:[.;,)]|$)|\s+(?:at|for|on|"
    r"today|this)\b)"  # "A, Infection Control Manager, was not present; B attended in his place"
    r"|\boff\s+sick\b|\b(?:was|were)\s+redeployed\b"  # "Nat Bell, Dietitian — off sick all week"
    r"|\((?:on\s+)?(?:annual|sick|study|maternity|paternity|parental)\s+leave\b"  # "(annual leave)"
    r"|\((?:sent\s+)?(?:apologies|apols|regrets)\b"  # "Jo Bell, Nurse (apologies, flu clinic)"
    r"|\s[-–—]+\s*on\s+(?:annual\s+|sick\s+|study\s+|maternity\s+|parental\s+)?leave\b"
    r"|,\s*on\s+(?:annual\s+|sick\s+|study\s+|maternity\s+|parental\s+)?leave\s*(?:[.;)]|$)"
    r"|\b(?:retired|stood\s+down|stepped\s+down)\s+(?:in|on|from|last|this|after)\b"
    r"|^\W*(?:DNA|did\s+not\s+attend|no[- ]show|"
    r"not\s+(?:there|here|present|attending|in\s+attendance|with\s+us|in\s+the\s+(?:room|circle|"
    r"meeting|session|group|huddle|call|hall)|on\s+(?:it|the\s+(?:call|huddle|line|list)))|"
    r"off\s+sick|on\s+(?:\w+\s+)?leave|unwell|redeployed|away|cancell?ed|canceled)(?:\W*$|\s*[-–—,;:(]|\s+(?:on|to|all|"
    r"that|this|for|from|and|today|tonight|since|until)\b)|\bhad\s+to\s+(?:cancel|pull\s+out|withdraw)\b"
    r"|\b(?:was|were)\s+(?:on\s+(?:shift|duty|call)|working)\b[^.;]{0,40}"
    r"\b(?:could\s+not|couldn['’]t|unable\s+to)\b"
    r"|\b(?:have|had|going)\s+to\s+miss\s+(?:it|today|this|the|tonight|tomorrow)\b"
    r"|\b(?:missing|absent)\s+from\b[^.;]{0,40}?\bthe\s+(?:room|meeting|session|workshop|"
    r"table|call|circle|huddle|event|day)\b"  # "Missing from the picture, and from the room:"
    r"|\bsends?\s+(?:her|his|their)\s+(?:love|best(?:\s+wishes)?|regards)\b"  # from home
    r"|\b(?:was|is|were|are)\s+(?:very\s+|so\s+)?(?:sorry|cross|sad|gutted)\s+to\s+miss\b"
    r"|\bsorry\s+(?:to\s+(?:miss|have\s+missed)|(?:i|we)\s+(?:missed|can['’]t\s+make|"
    r"couldn['’]t\s+make))\b",
    re.IGNORECASE,
)


# Every form _APOLOGY reads has one of these words (split at anything but letters: "couldn't"
# is "couldn" and "t"); a line with none of them is not searched, which is most lines. A word
# added to a form above that none of these covers must be added here too (the doctests of
# says_apologies exercise each form).
_CUES = frozenset(
    """apologies apology apologise apologised regrets regret absent able unable could couldn
    couldnt can cannot cant withdrew withdraw pulled pull dropped stay too but did didn didnt
    never called hoped missed miss leave sick unwell ill away redeployed retired stood stepped
    dna show not declined cancel cancelled canceled shift duty call working sorry sends send love
    cross sad gutted missing ymddiheuriadau
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+")


def _cued(text: str) -> bool:
    return not _CUES.isdisjoint(_WORD.findall(text.lower()))


def apologies_in(text: str) -> list[tuple[int, int]]:
    """Every span of a line that says someone could not come."""
    if not _cued(text):
        return []
    return [m.span() for m in _APOLOGY.finditer(text)]


def apology_at(text: str) -> int:
    """Where a line first says someone could not come (-1: it does not)."""
    found = _APOLOGY.search(text) if _cued(text) else None
    return found.start() if found else -1


SALUTATION = re.compile(r"(?:dear|annwyl)\s+\S", re.IGNORECASE)  # a letter's "Dear Dr Thorne,"
_IN_PLACE_OF = re.compile(  # the person after it did not come: someone came in their place
    r"\b(?:attend(?:ing|ed|s)?|deputi[sz](?:ing|ed|es)|stand(?:ing|s)?\s+in|stood\s+in|"
    r"st(?:ep|epped|epping)\s+in|sitting\s+in|sat\s+in|cover(?:ing|ed|s)?|came|here|spoke|"
    r"present(?:ed|ing)?)\s+(?:for|on\s+behalf\s+of|in\s+place\s+of|instead\s+of)\s+"
    + TITLE_BEFORE
    + "?$"
    + r"|(?:\b(?:in\s+place\s+of|instead\s+of)|,\s+for)\s+"
    + TITLE_BEFORE
    + "?$",
    re.IGNORECASE,
)


def came_in_place_of(before: str) -> bool:
    """Whether the text just before a name says someone came in that person's place, so the
    person did not ("Kiera, attending for Greg", "standing in for Dr", "in place of").

    >>> came_in_place_of("Bernie welcomed Kiera, attending for "), came_in_place_of("Jo and ")
    (True, False)
    >>> came_in_place_of("Deputising: Mo Cull, Deputy Head, SHSCT, for ")
    True
    """
    return _IN_PLACE_OF.search(before[-IN_PLACE_REACH:]) is not None


IN_PLACE_REACH = 80  # characters before a name that may say someone came in its place


def says_apologies(text: str) -> bool:
    """Whether a line says its people sent apologies, whatever list it stands in: "In the
    margin: sent apologies — Dan Metcalfe", "Ciara sent apologies", "Apologies from Jo".

    >>> says_apologies("sent apologies — Dan Metcalfe"), says_apologies("Jo Bell, GP")
    (True, False)
    >>> says_apologies("Sorry to miss Tuesday's huddle"), says_apologies(
    ...     "Three lessons, for anyone who couldn't make it:")
    (True, False)
    >>> says_apologies("We missed two people."), says_apologies("Mo could not travel.")
    (True, True)
    >>> says_apologies("Lin Cowie, who commissioned it, was off sick on the day")
    True
    >>> says_apologies("A, a paramedic, was on shift and could not swap."), says_apologies(
    ...     "Ceri Maddox was also listed but did not arrive")
    (True, True)
    >>> says_apologies("a postal route reaches people who will never come to a fixed site")
    False
    >>> says_apologies("Ymddiheuriadau / Apologies. Dafydd Prys"), says_apologies("Ymddiheuriadau:")
    (True, True)
    >>> says_apologies("Not here: Dr Ann Bell"), says_apologies("Jo Bell (annual leave)")
    (True, True)
    >>> says_apologies("Unable to walk on the day: Jo Bell, Family Nurse")
    True
    >>> says_apologies("NOT ON IT: Dr Ann Bell"), says_apologies("Dr Ann Bell (Cimla) -- on leave")
    (True, True)
    >>> says_apologies("Dr Ann Bell, GP: apologies (clinic)"), says_apologies("Ann Bell: GP")
    (True, False)
    >>> says_apologies("Jo Bell had phoned to give her apologies"), says_apologies(
    ...     "not signed – phoned apologies")
    (True, True)
    >>> says_apologies("Dr Ken Bell was called away to the wards"), says_apologies(
    ...     "Sam was unable to travel because of the snow")
    (True, True)
    >>> says_apologies("his clinic overran and he did not get to Omagh"), says_apologies(
    ...     "Cai was meant to come but was ill"), says_apologies("Cai was meant to come early")
    (True, True, False)
    >>> says_apologies("Gerard couldnt come in the end"), says_apologies(
    ...     "was booked to speak about support groups but was unwell"), says_apologies(
    ...     "Not there: Ann Bell, on annual leave"), says_apologies("DNA")
    (True, True, True, True)
    >>> says_apologies("COULD NOT DIAL IN: Brid Corr"), says_apologies("Jo couldn't log on")
    (True, True)
    >>> says_apologies('Jo to add a "What to do if you cannot come" line to the letters.')
    False
    >>> says_apologies("Away this sprint"), says_apologies("Away day: Tuesday")
    (True, False)
    >>> says_apologies("Jo Bell — Practice Nurse (apologies, flu clinic)")
    True
    >>> says_apologies("Ross Bell retired in June after 31 years"), says_apologies(
    ...     "Dr Bell, a retired GP, led the walk"), says_apologies("redeployed on the day")
    (True, False, True)
    >>> says_apologies("CANCELLED (staff sickness)"), says_apologies("Cancelled clinics rose")
    (True, False)
    >>> says_apologies("Councillor Drew Bell, who was unwell"), says_apologies("GMH was on leave.")
    (True, True)
    >>> says_apologies("people who were unwell were seen first")
    False
    >>> says_apologies("DNA rates fell to 8%"), says_apologies("Unwell children were seen")
    (False, False)
    >>> says_apologies("Missing from the picture, and from the room: Ann Bell"), says_apologies(
    ...     "Data missing from the audit: two wards"), says_apologies("absent from the call")
    (True, False, True)
    >>> says_apologies("Ravi could not come. He is a GP."), says_apologies(
    ...     "was due to speak but withdrew on the morning"), says_apologies("who could not come")
    (True, True, False)
    >>> says_apologies("Zoe Bell, who couldn't come"), says_apologies("all who couldn't come")
    (True, False)
    >>> says_apologies("Ann was to bring two colleagues from Skye but phoned to say the road "
    ...     "was closed"), says_apologies("The aim was to test it, but funding ended")
    (True, False)
    """
    return apology_at(text) >= 0


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")


def opens_with_apologies(text: str) -> bool:
    """Whether a paragraph's first sentence says someone could not come ("We missed two
    people. Dr A was covering the unit …"); one that ends "… B sent apologies" does not.

    >>> opens_with_apologies("We missed two people. Dr A was covering the unit.")
    True
    >>> opens_with_apologies("Ann and Bo came. Cy sent apologies.")
    False
    """
    return says_apologies(_SENTENCE_END.split(text, maxsplit=1)[0])
