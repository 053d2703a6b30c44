"""Parties read through pronouns, groups and phrases of order: an object relative stands
for the noun before it, a gerund's object clitic repeats the verb's recipient, a plain
group addressed by a state's official is of that state, members listed after "përfshirë"
stand for their group, "iu" + verb with an agent is passive, and the party by whose
decision an act is done is its actor."""
import pytest

from reading import codes, event_of





# (lang, text, trigger, actor codes, recipient codes)
PARTIES = [
    # an object or dative relative stands for the party right before it
    ("sq", "Policia e Malit të Zi ka liruar Marko Petrovin, të cilin Prokuroria e Serbisë e ka akuzuar për spiunazh.",
     "ka akuzuar", ["SRB"], ["MNE"]),
    ("sq", "Kryeministri i Shqipërisë takoi presidentin e Moldavisë, të cilit i shprehu mbështetjen e Greqisë.",
     "shprehu mbështetjen", ["ALB"], ["MDA"]),
    ("en", "The Iranian envoy, whom Russian police arrested on Monday, was freed.", "arrested", ["RUS"], ["IRN"]),
    # a preposition before the relative makes it no object
    ("sq", "Ministri i Jashtëm i Serbisë, me të cilin ambasadori gjerman kritikoi Kosovën, u largua.",
     "kritikoi", ["DEU"], ["KOS"]),
    # a gerund's object clitic repeats the recipient of the verb before it
    ("sq", "Qeveria e Kanadasë vendosi sanksione ndaj ministrit të Brendshëm të Iranit, duke e akuzuar për lidhje me Rusinë.",
     "duke e akuzuar", ["CAN"], ["IRN"]),
    # a plain group in the dative is of the country of the one who addresses it
    ("sq", "Ministria e Financave e Malit të Zi u ka kërkuar bankave të mbyllin llogaritë.", "ka kërkuar",
     ["MNE"], ["MNE"]),
    ("sq", "Kancelari gjerman u bëri thirrje qytetarëve të votojnë.", "bëri thirrje", ["DEU"], ["DEU"]),
    # members listed after "përfshirë" stand for the group before them
    ("sq", "Turqia ka ndaluar hyrjen e turistëve nga disa vende të BE-së, përfshirë Austrinë dhe Belgjikën.",
     "ka ndaluar", ["TUR"], ["AUT", "BEL"]),
    # "iu" + verb with "nga" after it is a passive whose agent "nga" names
    ("sq", "Ushtrisë së Maqedonisë së Veriut iu dhuruan dy helikopterë nga Italia.", "dhuruan", ["ITA"], ["MKD"]),
    # the party by whose decision or order an act is done is its actor, not its recipient
    ("sq", "Tre aktivistë të Malit të Zi u liruan dje me vendim të prokurorit serb.", "u liruan",
     ["SRB"], ["MNE"]),
    ("sq", "Policia e Shqipërisë e arrestoi gazetarin grek me urdhër të Prokurorisë së Shqipërisë.", "arrestoi",
     ["ALB"], ["GRC"]),
    ("en", "An Iranian activist was arrested on the orders of the Turkish interior minister.", "arrested",
     ["TUR"], ["IRN"]),
    # "X, të cilët u arrestuan": the relative stands for the noun before its comma and article
    ("sq", "Dy gazetarët e Kosovës, të cilët u arrestuan nga policia serbe, u liruan sot.", "arrestuan",
     ["SRB"], ["KOS"]),
]


@pytest.mark.parametrize("lang_code,text,trigger,actors,recipients", PARTIES)
def test_parties_through_pronouns_groups_and_orders(lang_code, text, trigger, actors, recipients):
    event = event_of(text, trigger, lang_code)
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients

