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
    # emergency rule eased or revoked, demands met, licences given back
    ("Thailand eased the state of emergency in three southern provinces.", "CONCEDE", ["THA"], []),
    ("The Philippine president revoked the state of emergency.", "CONCEDE", ["PHL"], []),
    ("Nepal revoked the ban on opposition rallies.", "CONCEDE", ["NPL"], []),
    ("Israel eased restrictions on Palestinian movement in the West Bank.", "CONCEDE", ["ISR"], []),
    ("Zambia's government acceded to opposition demands for a new constitution.", "CONCEDE", ["ZMB"], []),
    ("The Nigerian government restored the broadcasting licence of the radio station.", "CONCEDE", ["NGA"], []),
    # released from detention; truces observed
    ("The Burmese junta released the opposition leader from house arrest.", "RETREAT", ["MMR"], []),
    ("Armenia and Azerbaijan observed a truce along the front line.", "RETREAT", ["ARM", "AZE"], []),
    # lawsuits, fault found, claims looked into
    ("Nicaragua took the United States to court over the mining of its harbours.", "ACCUSE", ["NIC"], ["USA"]),
    ("The Chinese government faulted Washington for the spy plane incident.", "ACCUSE", ["CHN"], ["USA"]),
    ("The UN inspectors looked into alleged violations by Iraq.", "ACCUSE", ["IGO"], []),
    # police presence raised; alert states
    ("Nigeria increased police presence in Lagos after the riots.", "MOBILIZE", ["NGA"], []),
    ("The Israeli army declared a state of alert in the north.", "MOBILIZE", ["ISR"], []),
    # mediation and talks left, monitors sent away, aid cut by vote
    ("Norway withdrew from its role as mediator in the Sri Lankan conflict.", "SANCTION", ["NOR"], []),
    ("The Philippine government pulled out of the negotiations with the rebels.", "SANCTION", ["PHL"], []),
    ("Iraq ordered the UN inspectors out of the country.", "SANCTION", ["IRQ"], ["IGO"]),
    ("The Sudanese government told the aid agencies to leave Darfur.", "SANCTION", ["SDN"], []),
    ("The US Congress voted to cut aid to Egypt.", "SANCTION", ["USA"], ["EGY"]),
    # property taken by the state, protests put down, websites attacked or closed
    ("Venezuela expropriated the assets of the American oil companies.", "COERCE", ["VEN"], []),
    ("The Chinese authorities suppressed the protests in Tibet.", "COERCE", ["CHN"], ["CHN"]),
    ("Hackers linked to Russia attacked the websites of the Estonian government.", "COERCE", [], ["EST"]),
    ("Chinese authorities closed down the websites of the dissidents.", "COERCE", ["CHN"], []),
    # hostages taken, villages strafed, homes bulldozed, bases raided
    ("Iraqi militants took three Italian aid workers hostage.", "ASSAULT", ["IRQ"], ["ITA"]),
    ("Russian helicopter gunships strafed Chechen villages.", "ASSAULT", ["RUS"], []),
    ("Israeli troops bulldozed olive groves near the village of Hebron.", "ASSAULT", ["ISR"], []),
    ("Israeli warplanes raided guerrilla bases in southern Lebanon.", "ASSAULT", ["ISR"], ["LBN"]),
    # aid sought, destruction vowed, flags burned, walkouts, joint projects, alliances, rejection by vote
    ("Zimbabwe sought food aid from the World Food Programme.", "REQUEST", ["ZWE"], []),
    ("The Iranian president vowed to destroy Israel.", "THREATEN", ["IRN"], ["ISR"]),
    ("Demonstrators burned American flags outside the US embassy in Islamabad.", "PROTEST", [], ["PAK"]),
    ("Serbian workers walked out of the factories in protest.", "PROTEST", ["SRB"], []),
    ("Brazil and Argentina launched a joint project on nuclear energy.", "COOPERATE", ["BRA", "ARG"], []),
    ("Croatia and Bosnia concluded a military alliance.", "AGREE", ["HRV", "BIH"], []),
    ("The Angolan government and UNITA rebels initialed a peace accord in Lusaka.", "AGREE", ["AGO"], []),
    ("The Bosnian Serb parliament voted down the peace plan.", "REJECT", ["BIH"], []),
    # cities and provinces give their country
    ("Police in Karachi arrested 30 people on Tuesday.", "COERCE", ["PAK"], ["PAK"]),
    ("The government of Sindh province ordered patrols by police after the riots.", "MOBILIZE", ["PAK"], []),
    # a curfew shortened by a span named first; recognition granted, tributes paid, defence spoken
    ("The Nepalese government shortened by two hours the night curfew in Kathmandu.", "CONCEDE", ["NPL"], ["NPL"]),
    ("Germany granted diplomatic recognition to Croatia.", "SUPPORT", ["DEU"], ["HRV"]),
    ("France paid tribute to the Algerian leader.", "SUPPORT", ["FRA"], ["DZA"]),
    ("The Russian foreign minister spoke out in defense of Serbia.", "SUPPORT", ["RUS"], ["SRB"]),
    ("Russian and Chinese diplomats engaged in talks on the border issue.", "CONSULT", ["RUS", "CHN"], []),
    ("Croatia repatriated thousands of Bosnian refugees.", "RETREAT", ["HRV"], ["BIH"]),
    ("Japan extended a $1 billion loan to China.", "AID", ["JPN"], ["CHN"]),
    ("Japan wrote off the debts of Kenya.", "AID", ["JPN"], ["KEN"]),
    ("The Indonesian government acknowledged abuses by its troops in Aceh.", "CONCEDE", ["IDN"], []),
    # weapons paraded, entrances blocked, broadcasts jammed, rule suspended or imposed, arms banned
    ("North Korea paraded its new missiles in Pyongyang.", "MOBILIZE", ["PRK"], []),
    ("Tamil protesters blocked the entrance to the UN office in Colombo.", "PROTEST", ["LKA"], []),
    ("Chinese authorities jammed the broadcasts of Radio Free Asia.", "COERCE", ["CHN"], []),
    ("The Sudanese government suspended the constitution.", "COERCE", ["SDN"], []),
    ("The Indian government imposed direct rule in Kashmir.", "COERCE", ["IND"], []),
    ("The US imposed a ban on arms sales to Indonesia.", "SANCTION", ["USA"], ["IDN"]),
    ("Iraqi forces used chemical weapons against the Kurds in Halabja.", "ASSAULT", ["IRQ"], []),
    ("Iraq applied to the UN for permission to sell oil.", "REQUEST", ["IRQ"], []),
    # Western powers as a group
    ("Iran will pull out of the treaty if Western nations put pressure on Tehran.", "REQUEST", ["EUR"], ["IRN"]),
    ("Western countries condemned the Israeli raid.", "ACCUSE", ["EUR"], ["ISR"]),
    # assurances and guarantees given, plans accepted by decision, debts forgiven
    ("The Serbian president assured Russia that Belgrade would not join NATO.", "AGREE", ["SRB"], ["RUS"]),
    ("Ukraine guaranteed safe passage to Russian ships.", "AGREE", ["UKR"], ["RUS"]),
    ("The Lebanese government decided to accept the UN plan.", "AGREE", ["LBN"], []),
    ("The Indian government forgave the debts of Bangladesh.", "AID", ["IND"], ["BGD"]),
    # roads and crossings blocked, marches organised, tyres burned, closures imposed
    ("Bolivian farmers mounted roadblocks across the country.", "PROTEST", ["BOL"], ["BOL"]),
    ("Greek farmers blocked the border crossing with Bulgaria.", "PROTEST", ["GRC"], []),
    ("Venezuelan students organized a march against the government in Caracas.", "PROTEST", ["VEN"], []),
    ("Haitian demonstrators burned tires in Port-au-Prince.", "PROTEST", ["HTI"], []),
    ("Israel imposed a closure on the West Bank.", "COERCE", ["ISR"], ["PSE"]),
    # refusals by "declined to", demands ignored; riots by stones and rampages; go-slows
    ("Egypt declined to send troops to Iraq.", "REJECT", ["EGY"], []),
    ("The Sudanese government ignored the UN demand to disarm the militias.", "REJECT", ["SDN"], []),
    ("Protesters stoned the US embassy in Belgrade.", "PROTEST", [], ["SRB"]),
    ("Nepalese students went on a rampage in Kathmandu.", "PROTEST", ["NPL"], ["NPL"]),
    ("Hungarian truck drivers staged a go-slow on the highways.", "PROTEST", ["HUN"], []),
    # talks and exchanges halted, loans cut off, sanctions voted, missions expelled
    ("Russia halted the peace talks with the Chechen separatists.", "SANCTION", ["RUS"], []),
    ("China suspended military exchanges with the United States.", "SANCTION", ["CHN"], ["USA"]),
    ("The World Bank cut off loans to Zimbabwe.", "SANCTION", [], ["ZWE"]),
    ("The UN Security Council voted to impose sanctions on Libya.", "SANCTION", ["IGO"], ["LBY"]),
    ("Qatar expelled the Israeli trade mission.", "SANCTION", ["QAT"], ["ISR"]),
    # people moved by force; crowds charged with batons
    ("The Ugandan army forcibly relocated civilians into camps.", "COERCE", ["UGA"], []),
    ("The Kenyan police charged the demonstrators with batons.", "ASSAULT", ["KEN"], []),
    # control handed over, weapons decommissioned, bunkers dismantled
    ("Israel handed over control of Jericho to the Palestinians.", "RETREAT", ["ISR"], ["PSE"]),
    ("The Irish Republican Army decommissioned its weapons.", "RETREAT", ["GBR"], []),
    ("The Indian army dismantled its bunkers along the border.", "RETREAT", ["IND"], []),
    # patrols and intelligence shared, fugitives turned over; rebels armed, food distributed
    ("Spain and Morocco launched joint naval patrols.", "COOPERATE", ["ESP", "MAR"], []),
    ("Britain and Ireland pooled their intelligence on the smugglers.", "COOPERATE", ["GBR", "IRL"], []),
    ("The Mexican government turned over the drug lord to US authorities.", "COOPERATE", ["MEX"], ["USA"]),
    ("Iran armed the Hezbollah guerrillas.", "AID", ["IRN"], ["LBN"]),
    ("The UN distributed food to the refugees in Ethiopia.", "AID", ["IGO"], []),
    # armed groups of the older wire
    ("The Khmer Rouge pledged to abide by the ceasefire.", "AGREE", ["KHM"], []),
    # the act named by a noun after a light verb: made an offer, gave approval, voiced criticism
    ("Iran made an offer to Iraq to exchange prisoners.", "AGREE", ["IRN"], ["IRQ"]),
    ("The Palestinian leader gave his blessing to the peace plan.", "AGREE", ["PSE"], []),
    ("Syria gave a negative response to the American proposal.", "REJECT", ["SYR"], []),
    ("Iraq issued a rejection of the UN resolution.", "REJECT", ["IRQ"], []),
    ("The EU expressed approval of the elections in Ukraine.", "SUPPORT", ["IGO"], []),
    ("The Chinese government issued a strong condemnation of the attack.", "ACCUSE", ["CHN"], []),
    ("Pakistan raised objections to the Indian dam project.", "ACCUSE", ["PAK"], []),
    ("The Chilean president called the Peruvian raid a massacre.", "ACCUSE", ["CHL"], ["PER"]),
    ("Chilean investigators interrogate the Peruvian consul.", "ACCUSE", ["CHL"], ["PER"]),
    ("Peru ignored the ruling of the Chilean court.", "REJECT", ["PER"], []),
    ("Peru is flouting the arms embargo.", "REJECT", ["PER"], []),
    ("Peru shrugged off Chilean warnings.", "REJECT", ["PER"], []),
    ("Peru said it would not negotiate with Chile.", "REJECT", ["PER"], ["CHL"]),
    ("The Peruvian government will not take part in the summit.", "REJECT", ["PER"], []),
    ("Chile withheld funding to Peru.", "SANCTION", ["CHL"], ["PER"]),
    ("Chile is freezing transfers to the Peruvian government.", "SANCTION", ["CHL"], ["PER"]),
    ("Chile cut its embassy staff in Peru.", "SANCTION", ["CHL"], ["PER"]),
    ("Chile ordered the closure of the Peruvian consulate.", "SANCTION", ["CHL"], ["PER"]),
    ("Chile cut the water supply to Peruvian border towns.", "SANCTION", ["CHL"], ["PER"]),
    ("Lima retaliated by expelling two Chilean diplomats.", "SANCTION", ["PER"], ["CHL"]),
    ("Chile returned the disputed islands to Peru.", "RETREAT", ["CHL"], ["PER"]),
    ("The Chilean government loosened its rules on foreign fishing.", "CONCEDE", ["CHL"], []),
    ("Peru curbed travel to the border region.", "COERCE", ["PER"], ["PER"]),
    ("The Peruvian junta exiled two Chilean journalists.", "COERCE", ["PER"], ["CHL"]),
    ("Peru banished the Chilean missionaries.", "COERCE", ["PER"], ["CHL"]),
    ("Chilean artillery mortared Peruvian positions.", "ASSAULT", ["CHL"], ["PER"]),
    ("The Peruvian president vowed never to recognise the Chilean claim.", "REJECT", ["PER"], []),
    ("Chile blocked the accounts of Peruvian officials.", "SANCTION", ["CHL"], ["PER"]),
    ("Chile warned on Friday that it would expel Peruvian diplomats.", "THREATEN", ["CHL"], []),
    ("Peru warned that if Chilean ships entered its waters, it would seize them.", "THREATEN", ["PER"], []),
    ("Chile warned that Peruvian smugglers would be punished.", "THREATEN", ["CHL"], []),
    ("Peru warned Chile of serious consequences.", "THREATEN", ["PER"], ["CHL"]),
    ("Chilean police placed the former Peruvian consul under house arrest.", "COERCE", ["CHL"], ["PER"]),
    ("Peruvian police took two Chilean fishermen into custody.", "COERCE", ["PER"], ["CHL"]),
    ("Peru cut mobile internet across the southern provinces.", "COERCE", ["PER"], []),
    ("The Peruvian junta shut down two opposition newspapers.", "COERCE", ["PER"], []),
    ("Chile restricted exports of copper to Peru.", "SANCTION", ["CHL"], ["PER"]),
    ("Chile paused trade negotiations with Peru.", "SANCTION", ["CHL"], ["PER"]),
    ("Peru froze its membership in the Chilean-led trade bloc.", "SANCTION", ["PER"], []),
    ("Peru ended the curfew in Lima.", "CONCEDE", ["PER"], ["PER"]),
    ("Chile granted autonomy to Easter Island.", "CONCEDE", ["CHL"], []),
    ("Chile pointed the finger at Peru for the oil spill.", "ACCUSE", ["CHL"], ["PER"]),
    ("Chile told Peru to withdraw its fishing fleet.", "REQUEST", ["CHL"], ["PER"]),
    ("Peru kicked out the Chilean inspectors.", "SANCTION", ["PER"], ["CHL"]),
    ("Peru ended its cooperation with the Chilean police.", "SANCTION", ["PER"], ["CHL"]),
    ("Chile halted its mediation between Peru and Bolivia.", "SANCTION", ["CHL"], []),
    ("The Chilean army occupied the town of Tacna.", "ASSAULT", ["CHL"], []),
    ("Peruvian rebels are laying down their arms.", "RETREAT", ["PER"], []),
    ("Chile handed over control of the border post to Peru.", "RETREAT", ["CHL"], ["PER"]),
    ("Peru gave the Chilean fleet 48 hours to leave.", "REQUEST", ["PER"], ["CHL"]),
    ("The United Nations deployed peacekeepers in Peru.", "AID", ["IGO"], ["PER"]),
    ("New sanctions were imposed on Peru by Chile.", "SANCTION", ["CHL"], ["PER"]),
    ("Aid to Peru was suspended by Chile.", "SANCTION", ["CHL"], ["PER"]),
    ("The curfew in Lima was lifted by the Peruvian army.", "CONCEDE", ["PER"], ["PER"]),
    ("The Chilean government concluded on Monday that Peru must return the boats.", "REQUEST", ["CHL"], ["PER"]),
    ("Lima warned that Chile would regard the ships as legitimate targets.", "THREATEN", ["CHL"], []),
    ("Chile placed its navy on combat alert.", "MOBILIZE", ["CHL"], []),
    ("Chilean and Peruvian troops exchanged artillery fire on the border.", "ASSAULT", ["CHL", "PER"], []),
    ("Peru blocked Chile's membership of the trade bloc.", "REJECT", ["PER"], ["CHL"]),
]
# (text, a type that must not be coded): words that state no such event.
EN_NOT = [
    ("The exiled Chilean poet returned to Santiago.", "COERCE"),
    ("Lima retaliated by expelling two Chilean diplomats.", "ASSAULT"),
    ("The farmers ignored the order and kept selling apples.", "REJECT"),
    ("The Peruvian football club ignored the order of the league.", "REJECT"),
    ("The Peruvian tech firm froze hiring and cut payments to suppliers.", "SANCTION"),
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
    # breaking up, bulldozing, vowing to attack, deciding cuts, nationalists: other senses
    ("The Chilean couple broke up in March after ten years of marriage.", "COERCE"),
    ("The Peruvian striker bulldozed through the Chilean defence.", "ASSAULT"),
    ("The Chilean coach vowed to attack from the first minute against Peru.", "THREATEN"),
    ("The Scottish council decided to cut funding for libraries.", "SANCTION"),
    ("German nationalists marched through Dresden.", "COERCE"),
    ("Nigerian fans observed a minute of silence before the match.", "RETREAT"),
    ("The French hospital released the patient from care.", "RETREAT"),
    ("Rest assured that the Chilean team will win in Lima.", "AGREE"),
    ("The German bank cut off lending to small firms in Bavaria.", "SANCTION"),
    ("A Swedish company repatriated profits from its Chinese unit.", "RETREAT"),
    ("Armed rebels attacked a Chilean army post.", "AID"),
    ("The German carmaker made an offer for its Chilean rival.", "AGREE"),
    # a warning of a danger is no threat: the warner is not the one who would act
    ("Peruvian environmental groups warned that the dam would flood the valley.", "THREATEN"),
    ("The Chilean health ministry warned on Monday that cases could rise.", "THREATEN"),
    ("The United Nations warned of a looming famine in southern Peru.", "THREATEN"),
    ("Peruvian aid agencies warned that they were running out of food.", "THREATEN"),
    ("The Chilean minister told reporters to expect a decision next week.", "REQUEST"),
    ("Chilean settlers live in the occupied territories.", "ASSAULT"),
    ("Peruvian refugees fled the occupied city of Tacna.", "ASSAULT"),
    ("Peru rejected any deployment of Chilean peacekeepers.", "AID"),
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
