"""Personal data: the one rule for what qkg keeps and shows of people.

1. **Contact details are never stored.** Every text a document contributes (quotes, passages,
   titles, summaries, learning statements, front matter) has its e-mail addresses and telephone
   numbers masked (`mask_contacts`) on the way into a store (`admit`), and again wherever the
   graph is shown. A directory's e-mail address is kept only for a person who consents to be
   contacted: it is the point of their consent (the profile shows it); no one else's is kept,
   not even hashed.
2. **Consent is a directory's "yes".** A person consents to be contacted when a directory entry
   of theirs says yes and none says no (`consents`). Everyone else — "no", left blank, or never
   listed — is *withheld*.
3. **A withheld person is represented only as far as the questions need to withhold them**: an
   opaque pseudonym, their consent, and the relationships the questions count them by. In the
   store (`ledger`): a directory's withheld people are kept under a pseudonym with hashes of
   their name forms, and their names are taken out of every document's claims, whenever that
   document or the directory came. People no directory lists keep their names in the store
   (they may yet consent, and resolution needs them) but nowhere else. In the derived graph
   (`withhold`), which both stores, the RDF export and every question read, every withheld
   person is opaque and their names are "[name withheld]" in every text.
4. **Nothing of a withheld person leaves the store**: the questions count them ("3 withheld")
   but never list them, look them up, suggest them, walk through them or export them.
"""

from graph.privacy.contacts import EMAIL_MASK, PHONE_MASK, contact_tag, mask_contacts
from graph.privacy.ledger import PRIVACY_FORMAT, Register, admit, register_of, scrub
from graph.privacy.names import NAME_MASK, NameRedactor, is_pseudonym, pseudonym
from graph.privacy.withhold import consents, withheld, withhold

MASKS = (NAME_MASK, EMAIL_MASK, PHONE_MASK)


def unmarked(text: str) -> str:
    """The text without the markers masking puts in (so "name withheld" is never a phrase).

    >>> unmarked("Ask [name withheld] on [phone withheld].")
    'Ask . on ..'
    """
    for mask in MASKS:
        text = text.replace(mask, ".")
    return text


__all__ = [
    "EMAIL_MASK",
    "MASKS",
    "NAME_MASK",
    "PHONE_MASK",
    "PRIVACY_FORMAT",
    "NameRedactor",
    "Register",
    "admit",
    "consents",
    "contact_tag",
    "is_pseudonym",
    "mask_contacts",
    "pseudonym",
    "register_of",
    "scrub",
    "unmarked",
    "withheld",
    "withhold",
]
