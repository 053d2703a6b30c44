"""English trigger entries: the type and parties each phrasing codes, and the uses that code none."""
import pytest

import lajm

# (text, type, actor codes, recipient codes): the sentence codes an event of that type with
# these parties ([] = none required).
EN_TRIGGERS = [
    ("Chile waived visa requirements for Peruvian citizens.", "CONCEDE", ["CHL"], []),
    ("The Chilean navy acknowledged responsibility for the collision.", "CONCEDE", ["CHL"], []),
    ("Chile ended its boycott of Peruvian goods.", "RETREAT", ["CHL"], []),
    ("Chile evacuated its troops from the disputed island.", "RETREAT", ["CHL"], []),
    ("Chile disbanded its paramilitary units.", "RETREAT", ["CHL"], []),
    ("Chile reduced its military presence on the Peruvian border.", "RETREAT", ["CHL"], []),
    ("Chile scaled back its troops in the north.", "RETREAT", ["CHL"], []),
    ("Chile returned the seized fishing boats to Peru.", "RETREAT", ["CHL"], ["PER"]),
    ("Chile normalized relations with Peru.", "SUPPORT", ["CHL"], ["PER"]),
    ("Chile extended economic aid to Peru.", "AID", ["CHL"], ["PER"]),
    ("Chile halted trade with Peru.", "SANCTION", ["CHL"], ["PER"]),
    ("Chile reduced aid to Peru.", "SANCTION", ["CHL"], ["PER"]),
    ("The Chilean government suspended loans to Peru.", "SANCTION", ["CHL"], ["PER"]),
    ("Chilean police beat Peruvian protesters in Arica.", "ASSAULT", ["CHL"], ["PER"]),
    ("Chilean forces besieged the Peruvian town.", "COERCE", ["CHL"], []),
    ("Chilean troops exchanged fire with Peruvian soldiers.", "ASSAULT", ["CHL"], ["PER"]),
    ("Chilean jets carried out air strikes on Peruvian positions.", "ASSAULT", ["CHL"], ["PER"]),
    ("Militants carried out a bombing in Baghdad.", "ASSAULT", [], ["IRQ"]),
    ("Iraqi police carried out raids in Baghdad.", "COERCE", ["IRQ"], ["IRQ"]),
    ("Hamas claimed responsibility for the attack on Israeli soldiers.", "ASSAULT", ["PSE"], ["ISR"]),
    ("Chilean militants took 20 Peruvian hostages.", "ASSAULT", ["CHL"], ["PER"]),
    ("Chilean police broke up an opposition rally in Santiago.", "COERCE", ["CHL"], ["CHL"]),
    ("Chilean soldiers cordoned off the Peruvian consulate in Arica.", "COERCE", ["CHL"], []),
    ("The Chilean foreign minister headed to Lima for talks with Peruvian officials.", "CONSULT", ["CHL"], ["PER"]),
    ("Peru was hit with sanctions by the European Union.", "SANCTION", ["IGO"], ["PER"]),
    ("The European Union slapped Russia with new sanctions.", "SANCTION", ["IGO"], ["RUS"]),
    ("Chile and Peru resumed diplomatic relations.", "SUPPORT", ["CHL", "PER"], []),
    ("Iraqi police used batons against the crowd in Baghdad.", "ASSAULT", ["IRQ"], []),
    ("Iraqi soldiers fired live ammunition at protesters in Baghdad.", "ASSAULT", ["IRQ"], []),
    ("Chile put a Peruvian officer on trial for espionage.", "ACCUSE", ["CHL"], ["PER"]),
    ("Chile handed a protest note to the Peruvian ambassador.", "ACCUSE", ["CHL"], ["PER"]),
    ("The Chilean navy intercepted a Peruvian tanker.", "COERCE", ["CHL"], ["PER"]),
    # role nouns: people of no stated country act for the country where they act
    ("Taxi drivers went on strike in Baghdad.", "PROTEST", ["IRQ"], []),
    ("Rioters set fire to a police station in Baghdad.", "ASSAULT", ["IRQ"], []),
    ("Russia will retaliate if Ukraine attacks its border posts.", "THREATEN", ["RUS"], []),
    ("Kenya flew 200 police officers to Haiti.", "AID", ["KEN"], ["HTI"]),
    ("Turkey began airlifting food to Gaza.", "AID", ["TUR"], ["PSE"]),
    ("Israel eased the closure of Gaza.", "CONCEDE", ["ISR"], []),
    ("The Kenyan government unbanned two opposition parties.", "CONCEDE", ["KEN"], []),
    ("The Kenyan government legalised the main opposition party.", "CONCEDE", ["KEN"], []),
    ("The United States placed an embargo on Cuban sugar.", "SANCTION", ["USA"], ["CUB"]),
    ("Zambia closed its embassy in Libya.", "SANCTION", ["ZMB"], ["LBY"]),
    ("Looters ransacked government offices in Baghdad.", "ASSAULT", [], ["IRQ"]),
    ("Two policemen were slain by gunmen in Baghdad.", "ASSAULT", ["IRQ"], ["IRQ"]),
    ("A truck bomb ripped through a hotel in Kabul.", "ASSAULT", [], ["AFG"]),
    # capitals stand for their governments and place what happens in them
    ("Police arrested 40 students in Tashkent.", "COERCE", ["UZB"], ["UZB"]),
    ("Accra recalled its ambassador from Lome.", "SANCTION", ["GHA"], ["TGO"]),
    # easing rules, also when decided; travel for talks; handing over a suspect
    ("Sudan's military government eased the curfew in Khartoum.", "CONCEDE", ["SDN"], []),
    ("The Chadian government decided to lift the curfew in N'Djamena.", "CONCEDE", ["TCD"], []),
    ("The Thai government decided to reopen the border with Cambodia.", "CONCEDE", ["THA"], []),
    ("The Ugandan foreign minister went to Kigali for talks with Rwandan officials.", "CONSULT", ["UGA"], ["RWA"]),
    ("The Indian envoy left for Kathmandu for talks on the water treaty.", "CONSULT", ["IND"], []),
    ("Mexico handed over a cartel leader to the United States.", "COOPERATE", ["MEX"], ["USA"]),
    # walkouts from a chamber and hunger strikes are protests; expelling envoys is a sanction
    ("Kenyan opposition lawmakers walked out of parliament.", "PROTEST", ["KEN"], []),
    ("Three Kurdish activists have been on hunger strike in Istanbul.", "PROTEST", ["TUR"], []),
    ("Russia announced the expulsion of 15 US diplomats.", "SANCTION", ["RUS"], []),
    # coups, entry refused, human shields; deciding not to act is a refusal
    ("Nigerian army officers staged a coup on Wednesday.", "COERCE", ["NGA"], []),
    ("Malian soldiers seized power in Bamako.", "COERCE", ["MLI"], []),
    ("Iran said it would deny entry to US inspectors.", "COERCE", ["IRN"], ["USA"]),
    ("Kenya will not allow Somali refugees to cross the border.", "COERCE", ["KEN"], ["SOM"]),
    ("The Sri Lankan army used Tamil civilians as human shields.", "COERCE", ["LKA"], []),
    ("Ghana decided not to allow Nigerian traders into its markets.", "REJECT", ["GHA"], []),
    # a verb in the first person: the speaker acts
    ('"We demand the release of our sailors," the Chinese foreign minister said.', "REQUEST", ["CHN"], []),
    ('"We strongly condemn this attack," the Indian prime minister said.', "ACCUSE", ["IND"], []),
    ('"We reject this plan," the Serbian president told reporters.', "REJECT", ["SRB"], []),
    # the same words used for events: an air strike, a labour strike, shots fired, sanctions imposed
    ("Israeli aircraft carried out an air strike on a weapons depot in Syria.", "ASSAULT", ["ISR"], []),
    ("Thousands of teachers went on strike in Belgrade demanding higher pay.", "PROTEST", ["SRB"], []),
    ("Serbian troops opened fire on protesters in the capital, killing three.", "ASSAULT", ["SRB"], []),
    ("The European Union imposed sanctions on six Russian officials.", "SANCTION", ["IGO"], []),
    ("The prime ministers of Kosovo and Serbia held talks in Brussels on Thursday.", "CONSULT", ["KOS", "SRB"], []),
    ("Serbian police arrested two Kosovo officers near the border on Sunday.", "COERCE", ["SRB"], []),
    # what one is blamed for goes with the verb; intents to host talks; resolutions
    ("Ukraine blamed Russia for the attack on the dam.", "ACCUSE", ["UKR"], ["RUS"]),
    ("Qatar offered to host talks between the Afghan government and the Taliban.", "AGREE", ["QAT"], []),
    ("The UN General Assembly adopted a resolution calling on Russia to withdraw its troops.", "REQUEST", ["IGO"], ["RUS"]),
    ("Egypt called for an end to the blockade of Gaza.", "REQUEST", ["EGY"], []),
    # joint projects, supplies cut off, roads blocked, curfews and operations scaled down
    ("The Greek and Bulgarian prime ministers inaugurated a gas pipeline between their countries.", "COOPERATE", ["GRC", "BGR"], []),
    ("Russia cut off gas supplies to Moldova.", "SANCTION", ["RUS"], ["MDA"]),
    ("Russia halted oil deliveries to Hungary.", "SANCTION", ["RUS"], ["HUN"]),
    ("Truck drivers blocked highways across Brazil.", "PROTEST", [], ["BRA"]),
    ("The Nepalese government reduced the curfew in Kathmandu.", "CONCEDE", ["NPL"], []),
    ("Turkey halted its military operations in northern Syria.", "RETREAT", ["TUR"], []),
    ("Four Malian soldiers were killed in an ambush by jihadists near Gao.", "ASSAULT", [], ["MLI"]),
    ("The Party of God fired rockets at Israeli positions.", "ASSAULT", ["LBN"], ["ISR"]),
    # aid sent to a place that is a home to many; a scheduled visit
    ("Turkey sent tents to Gaza, home to two million people.", "AID", ["TUR"], ["PSE"]),
    ("The Chilean foreign minister is due to visit Peru next week.", "CONSULT", ["CHL"], ["PER"]),
]
# (text, a type that must not be coded): words that state no such event.
EN_NOT = [
    ("Chilean forces entered the besieged city of Arica.", "COERCE"),
    ("Chile beat Peru 2-1 in the football final.", "ASSAULT"),
    ("Chile and Peru cut trade barriers.", "SANCTION"),
    ("The Chilean navy intercepted two Peruvian missiles.", "COERCE"),
    ("Chile handed a protest note to the Peruvian ambassador.", "PROTEST"),
    ("Fire tore through a market in Kabul.", "ASSAULT"),
    ("The virus tore through nursing homes in Italy.", "ASSAULT"),
    ("The Chilean sailors returned to their ship in Valparaiso.", "RETREAT"),
    ("Ivory traders were banned from trade in Kenya.", "SANCTION"),
    # the condition of another event is no event of its own
    ("Russia will retaliate if Ukraine attacks its border posts.", "ASSAULT"),
    ("Peru will cut ties unless Chile expels the rebels.", "COERCE"),
    # a coup only talked about; leaving talks is a refusal, not a protest; what one decided
    # not to do
    ("The film about the coup won an award in Venice.", "COERCE"),
    ("The Chilean delegation walked out of the talks in Lima.", "PROTEST"),
    ("Chile decided not to send troops to Peru.", "AID"),
    # talks, meetings and arrests as topics or titles; a body's own session; claims weighed
    ("Analysts said the talks were unlikely to resolve the dispute over the border.", "CONSULT"),
    ("The minister spoke about the talks in an interview with local television.", "CONSULT"),
    ("The envoy for the talks between Belgrade and Pristina resigned on Monday.", "CONSULT"),
    ("The committee will consider sanctions at its next meeting in March.", "CONSULT"),
    ("Reporters asked the spokesman about the arrest of the opposition leader last year.", "COERCE"),
    ("The minister said he would address the demands of farmers next week.", "REQUEST"),
    ("Workers' demands include a shorter working week and better pensions.", "REQUEST"),
    ("The union said its demands for higher wages had not been met.", "REQUEST"),
    # "attack" in sports and medicine, burning, "arrested development", a firing
    ("The striker scored twice as Liverpool's attack overwhelmed the Chelsea defence.", "ASSAULT"),
    ("Arsenal launched a late attack but failed to find an equaliser.", "ASSAULT"),
    ("The coach said his team would attack from the first minute.", "ASSAULT"),
    ("The heart attack killed the singer at the age of 62.", "ASSAULT"),
    ("The drug is used to treat children with arrested development.", "COERCE"),
    ("A fire broke out at a warehouse in the port city on Tuesday, firefighters said.", "ASSAULT"),
    ("Firefighters battled a forest fire near Athens for a third day.", "ASSAULT"),
    ("The company's chief executive was fired after the accounting scandal.", "ASSAULT"),
    ("The striker's shot hit the post in the second half.", "ASSAULT"),
    ("The striker was sent off after a clash with the goalkeeper.", "ASSAULT"),
    # sanctions debated, weighed or feared, not imposed; protests in a book
    ("Lawmakers debated whether sanctions on Moscow would hurt European industry.", "SANCTION"),
    ("The foreign ministers discussed possible sanctions but took no decision.", "SANCTION"),
    ("Investors worried that sanctions could disrupt oil supplies.", "SANCTION"),
    ("The book describes the protests of 1968 in great detail.", "PROTEST"),
    ("The police are searching for the driver who fled the scene.", "COERCE"),
    # what an accusation, a protest, a demand or a concern is about; talks only offered;
    # attacks one would not dare; sites probed
    ("Kenya blamed Somalia for the attack in Mandera.", "ASSAULT"),
    ("Hundreds of Georgians rallied in Tbilisi to protest the arrest of opposition leaders on Sunday.", "COERCE"),
    ("Thousands of Serbs marched in Belgrade in protest at the killing of two students in Novi Sad.", "ASSAULT"),
    ("Lithuanian farmers rallied in Vilnius to demand the release of tractors impounded by Polish authorities.", "RETREAT"),
    ("The Council of Europe voiced concern over the arrests of journalists in Baku.", "COERCE"),
    ("Egypt called for an end to the blockade of Gaza.", "COERCE"),
    ("Egypt called for an end to the blockade of Gaza.", "RETREAT"),
    ("King Abdullah said Jordan was ready to host a meeting between Israeli and Syrian officials in Amman.", "CONSULT"),
    ("A Serbian general said NATO would not dare attack Serbian forces in Kosovo this year.", "ASSAULT"),
    ("UN inspectors probing suspect sites in Syria found traces of sarin.", "ACCUSE"),
    # money or people sent home; a visit someone means to make after a bare "to"
    ("Many villages live on money sent home by workers in Germany.", "AID"),
    ("Migrants in Spain sent 2 billion euros home last year.", "AID"),
    ("The factory sent its workers home in Poland after the blast.", "AID"),
    ("The Chilean minister flew on to Arica to visit a hospital in Peru.", "CONSULT"),
]
# (text, type): the sentence states one event of that type, not two ("killed in an ambush").
EN_ONCE = [
    ("Four Malian soldiers were killed in an ambush by jihadists near Gao.", "ASSAULT"),
    ("Two Colombian police officers were wounded in a bomb blast in Cali.", "ASSAULT"),
]


def en_events(text):
    return lajm.extract(text, lang="en", published="2025-03-12").events


@pytest.mark.parametrize("text,type_,actors,recipients", EN_TRIGGERS)
def test_english_trigger_entries_code_their_events(text, type_, actors, recipients):
    events = [e for e in en_events(text) if e.type == type_]
    assert events, [(e.type, e.trigger) for e in en_events(text)]
    event = events[0]
    assert set(actors) <= {a.code for a in event.actor}
    assert set(recipients) <= {r.code for r in event.recipient}


@pytest.mark.parametrize("text,type_", EN_NOT)
def test_english_non_events_are_not_coded(text, type_):
    assert type_ not in [e.type for e in en_events(text)]


@pytest.mark.parametrize("text,type_", EN_ONCE)
def test_english_deaths_and_the_attack_they_came_in_are_one_event(text, type_):
    assert [e.type for e in en_events(text)].count(type_) == 1
