"""(spaCy span of a transcript turn) -> whether it only runs the session: no statement of anyone's.

A briefing's chair greets, thanks, sets the order of business, hands the floor to the press and
closes ("Good afternoon.", "Thank you, Commander. We now turn to your questions. Yes, Jane.",
"Please state your name and who you write for.", "We will meet again next week.", "See you on
Friday."). Such a turn says nothing a reader would cite, whoever speaks it. A turn is the chair's
when each of its sentences is one of:

* a set courtesy: a greeting or thanks, the agenda announced, the floor handled, the close
  (:data:`COURTESY`, read on the words);
* an interjection, alone or with the name of whom it addresses ("Okay.", "Yes, Jane.");
* the next questioner called by name and outlet ("Jane Roe, Coast Radio."), or the next member by
  title and name ("Senator Roe.");
* the speaker's order of business announced, read on the parse: "I will start with the floods in
  X.", "Let me turn to Y.", "We will give an overview of Z, then take questions." (a place it
  names is the topic to come, not anything said of it);
* a sentence about the session itself, read on the parse: it names the session's own business
  (the questions, a statement to be read, the journalist's name and outlet) or arranges the
  next sitting ("meet again"), and every other noun in it is a title of the people on the podium
  ("The Deputy Minister will read a brief statement and then take questions.") or a day.

Anything else, a figure, a place, any other noun, keeps the turn a statement.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.nlp.roles import PERSON_NOUNS

__all__ = ["COURTESY", "runs_session", "turn_sentences"]

# A turn of greetings and thanks only ("Thank you very much.", "Good afternoon. Thank you."):
# the words open or close a briefing and say nothing a reader would cite. A greeting may name
# whom it greets ("Thank you, Sarah.", "Good evening, Tom Lee.", "Good morning, ladies and gentlemen.",
# "Good afternoon, colleagues.").
_GREET = (
    r"(?:thank you|thanks|good (?:morning|afternoon|evening)|hello|welcome|goodbye|enjoy your \w+"
    # a guest's reply to the welcome: "Happy to be here.", "It's good to be with you.", "... to be in Northtown."
    r"|(?:(?:i['’]m|i am|we['’]re|we are|it['’]s|it is) )?(?:happy|glad|delighted|pleased|good|great|nice)"
    r" to be (?:here|with you|back|in (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))(?: again| today)?"
    # "It's a pleasure.", "My pleasure.", and how the guest would be called: "Please, call me Jo."
    r"|(?:(?:it['’]s|it is) (?:a|my) |my )pleasure|(?:please,? )?call me (?-i:[A-Z][\w'’-]+))"
)
# Greetings may be joined: "Good afternoon and welcome.", "Good morning, and thank you all."
_GREETING = (
    # the guest or host addressed first: "Minister Roe, good morning."
    r"(?:(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’-]+){0,2}), )?"
    # a greeting in the speaker's own language may open it: "Salaam and good morning."
    rf"(?:[\w'’-]+ and |and )?{_GREET}(?:,? and {_GREET})*"
    r"(?: (?:very much|all|everyone|everybody|again|to (?:all of you|you all|everyone|all)))*"
    # the audience of a broadcast greeted: "Hello to everyone listening.", "Good evening to all watching at home."
    r"(?: (?:listening|watching)(?: at home)?)?"
    # a closing's thanks for the hearing: "Thank you for your attention.", "Thanks for listening."
    r"(?: for (?:your|the) (?:attention|patience|time)| for (?:coming|listening|joining us|being with us))?"
    # where the greeting welcomes the hearer: "welcome to our regular conference", "for being with us in the studio"
    r"(?: (?:to|in|on) (?:the|this|our|today['’]s) (?:[\w-]+ ){0,2}"
    r"(?:briefing|conference|session|programme|program|show|studio))?"
    r"(?:, (?:ladies and gentlemen|members|colleagues|friends|everyone|everybody|all|both(?: of you)?)"
    r"(?: (?:of|from) the \w+)?"
    r"|(?-i:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))?[.!,]?\s*"
)
# The agenda a briefing opens with ("I have three items today, and then I will take your
# questions.", "I have two announcements before I take your questions."): the order of business,
# not a position.
_AGENDA = (
    r"(?:(?:i|we) have|there (?:are|will be)) (?:[\w-]+ ){0,3}(?:items?|topics?|announcements?|points?|updates?)"
    r"(?: \w+){0,3}"
    r"(?:,? (?:and then|before|after which) (?:i|we) (?:will )?take (?:your |some )?questions"
    r"|,? and questions(?: at the end| afterwards)?)?[.!?]\s*"
)
# When the next sitting is: a day, a week, "tomorrow", with "next" or "on" ("on Thursday", "next week").
_WHEN = (
    r"(?:(?:on |next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|next (?:week|month)|tomorrow|soon|then)(?: (?:morning|afternoon|evening))?"
)
# A chair's handling of the floor ("Questions, please.", "Next question.", "Front row.", "Go
# ahead.") and its closing ("That is all for today.", "That is it, colleagues.", "This concludes
# the briefing."): the running of the session, not anything the chair holds.
_FLOOR = (
    r"(?:(?:(?:any|more|next|last|final|one more) )?questions?(?:,? please)?"
    r"|(?:the )?(?:first|second|third|front|back|middle|next|last) rows?(?:,? please)?"
    r"|go ahead(?:,? please)?|over to you|you have the floor"
    # handing the floor to the press: "I will take your questions.", "We'll now take a few questions."
    r"|(?:i|we)(?: will| shall|['’]ll)? (?:now |gladly |be happy to )?take (?:your |some |a few )?questions(?: now)?"
    # the close of a briefing or a bulletin: "That's all for today.", "That is it.", "That was the news."
    r"|(?:that|this)(?:['’]s| is| was) (?:all|it|the news)(?: (?:for|from) (?:today|now|me|us|this \w+))?"
    r"|(?:that|this) (?:concludes|ends) (?:the|this|today['’]s|our) (?:press )?"
    r"(?:briefing|conference|session|meeting)"
    # a sitting closed, broken off or taken up again: "The session is adjourned.", "We stand adjourned.",
    # "The sitting is suspended for a quarter of an hour.", "... until noon.", "We now reconvene."
    r"|(?:(?:the|this) (?:session|sitting|meeting|hearing|committee) is|we (?:are|stand))"
    r" (?:adjourned|suspended|resumed)(?: for (?:[\w-]+ ){1,5}?(?:minutes?|hours?)| until (?:[\w'’-]+ ?){1,3})?"
    r"|we (?:now |will now |shall now )?(?:resume|reconvene)"
    r"|(?:the|this) (?:session|sitting|meeting|hearing) (?:resumes|is resumed)"
    # speaking time given: "Captain, you now have fifteen minutes.", "You have the floor for ten minutes."
    r"|(?:(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’-]+){0,2}), )?you (?:now )?have"
    r" (?:the floor )?(?:for )?(?:[\w-]+ ){1,2}minutes?"
    # the next questioner pointed to: "One more question.", "Yes, in the middle.", "In the front row, please."
    r"|(?:yes, )?one more(?: question)?|(?:yes, )?(?:at|in) the (?:back|front|middle)(?: rows?)?(?:,? please)?"
    # the next sitting: "See you on Monday.", "Our next briefing is next Tuesday."
    rf"|see you (?:all )?(?:again )?{_WHEN}|(?:(?:at )?the )?same time {_WHEN}"
    r"|(?:our |the )?next (?:press )?(?:briefing|conference|session|meeting)"
    rf" (?:is|will be|will take place|takes place) {_WHEN})"
    # whom the words are said to: "That is it, colleagues.", "That is all for today, everyone."
    r"(?:,? (?:my )?(?:friends|colleagues|everyone|everybody|all))?[.!]\s*"
)
#: A transcriber's note in square brackets ("[inaudible]", "[crosstalk]"): no words of the speaker's.
_NOTES = re.compile(r"\[[^\]\n]{1,40}\]")
#: Greetings, agenda and floor handling, as the whole of a turn's words.
COURTESY = re.compile(rf"(?:{_GREETING}|{_AGENDA}|{_FLOOR})+", re.I)

# The session's own business: the press's questions, a statement about to be read, the floor,
# and who is asking ("your name and your outlet", "identify yourselves").
_BUSINESS = frozenset(
    {
        "question",
        "statement",
        "floor",
        "name",
        "outlet",
        "media",
        "organisation",
        "organization",
        "yourselves",
        "yourself",
    }
)
# Verbs that, with "again", arrange the next sitting ("We will meet again on Monday.").
_SITTING = frozenset({"meet", "see", "brief", "talk", "speak"})
# Words a chair calls the people on the podium by: offices and ranks ("the Inspector will ...").
_PODIUM = PERSON_NOUNS | RANKS | SHORT_RANKS | frozenset({"inspector", "superintendent", "constable"})
# Entity types a chair's sentence may hold: none, a day or hour, whom it addresses, "first".
_UNNAMED = frozenset({"", "DATE", "TIME", "PERSON", "ORDINAL"})
# Vocatives and the people on the podium a chair refers to.
_ADDRESSED = frozenset({"npadvmod", "appos", "vocative", "conj", "compound"})


def runs_session(span: SpacySpan) -> bool:
    """True when every sentence of the turn only runs the session (see the module docstring)."""
    if COURTESY.fullmatch(_NOTES.sub(" ", span.text).strip()):
        return True  # "Thanks, everyone. [crosstalk] Thank you.": a transcriber's note says nothing
    sentences = turn_sentences(span)
    return bool(sentences) and all(_procedural(s) for s in sentences)


def turn_sentences(span: SpacySpan) -> list[SpacySpan]:
    """The turn's sentences, cut to the turn (the parser may run a sentence across lines)."""
    out = []
    i = span.start
    while i < span.end:
        sent = span.doc[i].sent
        lo, hi = max(sent.start, span.start), min(sent.end, span.end)
        if any(not t.is_space for t in span.doc[lo:hi]):
            out.append(span.doc[lo:hi])
        i = hi
    return out


def _procedural(sent: SpacySpan) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or COURTESY.fullmatch(sent.text.strip()):
        return True
    if words[0].pos_ == "INTJ" and all(t.pos_ == "INTJ" or _vocative(t) for t in words):
        return True  # "Okay.", "Yes, Jane."
    if _called(sent):
        return True  # "Jane Roe, Coast Radio.": the next questioner called by name and outlet
    if _member_called(sent):
        return True  # "Senator Roe.", "Yes, Deputy Lind, please.": the next member given the floor
    if _announced(sent):
        return True  # "I will begin with the situation at X.": the order of business, not a position
    if _handed_over(sent):
        return True  # "Colonel Roe will provide the numbers.": the floor passed to a colleague on the podium
    if _floor_given(sent):
        return True  # "Deputy Roe has the floor.", "The floor is yours.": whose turn it is
    if any(any(c.isdigit() for c in t.text) or (t.ent_type_ not in _UNNAMED and not _allowed(t)) for t in words):
        return False  # a figure or a named place or body: something said, not the session run
    business = any(t.lemma_.lower() in _BUSINESS or t.lower_ in _BUSINESS for t in words)
    sitting = any(
        t.lemma_ in _SITTING and any(c.lower_ == "again" for c in t.children) for t in words if t.pos_ == "VERB"
    )
    return (business or sitting) and all(_allowed(t) for t in words if t.pos_ in ("NOUN", "PROPN"))


def _called(sent: SpacySpan) -> bool:
    """A questioner called by name and outlet: "Jane Roe, Coast Radio.", "Yes, Jo Lind, from the Courier.".

    Two to four proper names (a person's, whatever the model tags them), then a comma, "from" or
    "of" and proper names only ("Jo Roe of the Courier"): no verb and no common noun, so nothing
    is said but whose turn it is.
    """
    toks = [t for t in sent if not t.is_space]
    i = 0
    if len(toks) > 2 and toks[0].pos_ == "INTJ" and toks[1].text == ",":
        i = 2  # "Yes, ..."
    j = i
    while j < len(toks) and toks[j].pos_ == "PROPN" and toks[j].ent_type_ in _CALLED and j - i < _NAME_WORDS[1]:
        j += 1
    if j - i < _NAME_WORDS[0] or j >= len(toks) or toks[j].lower_ not in {",", "from", "of"}:
        return False
    rest = [t for t in toks[j:] if not (t.is_punct and t.text in {",", ".", "!"})]
    if rest and rest[0].lower_ in {"from", "of"}:
        rest = rest[1:]
    return bool(rest) and all(t.pos_ == "PROPN" or (t.lower_ == "the" and k == 0) for k, t in enumerate(rest))


def _member_called(sent: SpacySpan) -> bool:
    """The next member called by title and name: "Senator Roe.", "Yes, Deputy Jo Lind, please.".

    A title of the people in the room (:data:`_PODIUM`) and proper names only, after an
    interjection at most and before "please": no verb and no other word, so nothing is said but
    whose turn it is.
    """
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if words and words[0].pos_ == "INTJ":
        words = words[1:]
    if words and words[-1].lower_ == "please":
        words = words[:-1]
    if len(words) < 2 or not _podium(words[0]):
        return False
    return all(t.pos_ == "PROPN" and t.lower_ not in _BUSINESS for t in words[1:])


#: Verbs that announce what a speaker will take up, with the preposition that names it: "begin
#: with", "turn to", "report on"; and "present"/"give" with a noun of the talk itself.
_ORDER_VERBS = {
    "begin": {"with"},
    "start": {"with"},
    "open": {"with"},
    "turn": {"to"},
    "report": {"on", "about"},
    "brief": {"on", "about"},
    "update": {"on", "about"},
    "inform": {"on", "about"},
}
_TALK_NOUNS = frozenset({"situation", "update", "overview", "point", "detail", "summary", "picture"})
#: Verbs that announce a talk by its noun, and the nouns: "We will give an overview of Z", "I shall
#: now read our declaration about Y" (what is read comes after; this sentence only announces it).
_READ_VERBS = {
    "present": _TALK_NOUNS,
    "give": _TALK_NOUNS,
    "read": _TALK_NOUNS | frozenset({"statement", "announcement", "declaration"}),
    "make": frozenset({"statement", "announcement"}),
}
#: Clauses that say something of the topic ("I will start with X, where Y happened"): no announcement.
_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "acl", "csubj", "parataxis"})


def _announced(sent: SpacySpan) -> bool:
    """The speaker's order of business: "I will start with X.", "Let me turn to Y.",
    "We will give an overview of Z, then take questions."

    The first person announces (with "will", "shall" or "let me/us") a verb of taking a topic
    up; the sentence holds no figure but a date's and no clause that says anything of the topic.
    """
    root = sent.root
    verb = root
    if root.lemma_ == "let":  # "Let me begin with ...": "me" is the subject of the verb let governs
        verb = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), root)
        mine = any(c.lower_ in {"me", "us"} for c in (*root.children, *verb.children))
    else:
        subject = any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children)
        mine = subject and any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "’ll"} for c in verb.children)
    if not mine or verb.lemma_ not in {*_ORDER_VERBS, *_READ_VERBS}:
        return False
    if verb.lemma_ in _ORDER_VERBS:
        takes_up = any(c.dep_ == "prep" and c.lower_ in _ORDER_VERBS[verb.lemma_] for c in verb.children)
    else:
        takes_up = any(c.dep_ == "dobj" and c.lemma_.lower() in _READ_VERBS[verb.lemma_] for c in verb.children)
    if not takes_up:
        return False
    if any(t.dep_ in _CLAUSES and t.i != verb.i for t in sent):
        return False
    return not any(t.like_num and t.is_digit and not _dated(t) for t in sent)


#: Verbs a chair passes the floor with ("Inspector Roe will give the figures."), and what is given.
_HANDOVER_VERBS = frozenset({"give", "present", "read", "provide", "take"})
_HANDED = _TALK_NOUNS | _BUSINESS | frozenset({"figure", "detail", "number"})


def _handed_over(sent: SpacySpan) -> bool:
    """The floor passed to a colleague: "Colonel Roe will provide the numbers.", "The Deputy Chief
    will now present an overview, and then we take questions."

    The subject is a person titled as on the podium (a title word heads or qualifies it), the verb
    is one of giving the talk with "will" or "shall", and its object a noun of the talk itself; any
    other noun is the session's business or a day, and no figure is said.
    """
    root = sent.root
    if root.lemma_ not in _HANDOVER_VERBS or not any(
        c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "’ll"} for c in root.children
    ):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(_podium(t) for t in subject.subtree):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _HANDED for c in root.children):
        return False
    named = {t.i for t in subject.subtree}
    return not any(
        any(c.isdigit() for c in t.text)
        or (t.i not in named and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in _HANDED and not _allowed(t))
        for t in sent
    )


def _floor_given(sent: SpacySpan) -> bool:
    """The floor given to someone: "Deputy Roe has the floor.", "The floor is yours.", "I give the
    floor to Ambassador Lind."

    The sentence names the floor, and its other nouns are names (a member called, whatever the
    model tags them) or titles of the people on the podium; no figure is said.
    """
    if not any(t.lemma_.lower() == "floor" for t in sent):
        return False
    return not any(
        any(c.isdigit() for c in t.text)
        or (t.pos_ == "NOUN" and not t.is_stop and t.lemma_.lower() != "floor" and not _allowed(t))
        for t in sent
    )


def _podium(token: Token) -> bool:
    """A title word of the people on the podium: "Colonel", "the Director General"."""
    return token.lemma_.lower() in _PODIUM or token.lower_ in _PODIUM


def _dated(token: Token) -> bool:
    """A number inside a date: "the weekend of 6 to 7 May"."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in (token, token.head, token.head.head))


#: Words a called questioner's name has: a given name and a surname, four at most.
_NAME_WORDS = (2, 4)
#: What the model may tag a questioner's name as: a person, or the outlet it runs into ("Jo Roe, X Radio").
_CALLED = frozenset({"PERSON", "ORG", ""})


def _vocative(token: Token) -> bool:
    """A name or title addressed in passing: "Yes, Jane.", "Thank you, Colonel."."""
    return token.pos_ in ("PROPN", "NOUN") and token.dep_ in _ADDRESSED


def _allowed(token: Token) -> bool:
    """A noun a chair's sentence may hold: the session's business, a title on the podium, a day."""
    word = token.lemma_.lower()
    if word in _BUSINESS or token.lower_ in _BUSINESS or token.ent_type_ in ("DATE", "TIME"):
        return True
    if word in _PODIUM or token.lower_ in _PODIUM:
        return True
    # "Deputy" in "the Deputy Minister": a word of the title it modifies
    return token.dep_ == "compound" and token.head.lower_ in _PODIUM
