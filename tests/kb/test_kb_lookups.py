from datetime import date

import pytest

from lajm import kb


@pytest.fixture(scope="module")
def base():
    return kb.load()


def find(base, lang, form):
    return [e for e in base.entries(lang) if e.form == form]


SQ = [
    ("Rusisë", "country:RUS", "RUS", None),
    ("Rusinë", "country:RUS", "RUS", None),
    ("Koresë së Veriut", "country:PRK", "PRK", None),
    ("Korea e Veriut", "country:PRK", "PRK", None),
    ("Koreja e Jugut", "country:KOR", "KOR", None),
    ("Maqedonisë së Veriut", "country:MKD", "MKD", None),
    ("Malit të Zi", "country:MNE", "MNE", None),
    ("Arabinë Saudite", "country:SAU", "SAU", None),
    ("Shteteve të Bashkuara", "country:USA", "USA", None),
    ("SHBA-të", "country:USA", "USA", None),
    ("SHBA’së", "country:USA", "USA", None),
    ("Britanisë së Madhe", "country:GBR", "GBR", None),
    ("Kosovës", "country:KOS", "KOS", None),
    ("Kinës", "country:CHN", "CHN", None),
    ("Hollandën", "country:NLD", "NLD", None),
    ("Shtëpia e Bardhë", "seat:white-house", "USA", "GOV"),
    ("Shtëpisë së Bardhë", "seat:white-house", "USA", "GOV"),
    ("Kremlini", "seat:kremlin", "RUS", "GOV"),
    ("Seulit", "capital:seoul", "KOR", "GOV"),
    ("Phenianit", "capital:pyongyang", "PRK", "GOV"),
    ("Moskës", "capital:moscow", "RUS", "GOV"),
    ("Beogradi", "capital:belgrade", "SRB", "GOV"),
    ("Kievit", "capital:kyiv", "UKR", "GOV"),
    ("Brukselit", "capital:brussels", "IGO", "GOV"),
    ("Evropës", "region:europe", "EUR", None),
    ("Europa", "region:europe", "EUR", None),
    ("BE-së", "igo:eu", "IGO", None),
    ("Bashkimit Evropian", "igo:eu", "IGO", None),
    ("OKB-së", "igo:un", "IGO", None),
    ("NATO-s", "igo:nato", "IGO", "MIL"),
    ("KFOR-it", "igo:kfor", "IGO", "MIL"),
    ("Parlamentit Evropian", "igo:european-parliament", "IGO", "LEG"),
    ("Gjykata Speciale", "kos:specialist-chambers", "KOS", "JUD"),
    ("Kuvendit të Kosovës", "kos:assembly", "KOS", "LEG"),
    ("Policia e Kosovës", "kos:police", "KOS", "COP"),
    ("FSK-së", "kos:ksf", "KOS", "MIL"),
    ("SPAK-ut", "alb:spak", "ALB", "JUD"),
    ("VV-ja", "kos:vv", "KOS", "PTY"),
    ("LDK-së", "kos:ldk", "KOS", "PTY"),
    ("Vetëvendosjes", "kos:vv", "KOS", "PTY"),
    ("Kohës Ditore", "media:koha", "KOS", "JRN"),
    ("CNN-i", "media:cnn", "USA", "JRN"),
    ("rusët", "demonym:RUS", "RUS", None),
    ("amerikane", "demonym:USA", "USA", None),
    ("evropianë", "demonym:EUR", "EUR", None),
    ("serbëve", "demonym:SRB", "SRB", None),
    ("Byrosë Kombëtare të Hetimit", "alb:bkh", "ALB", "COP"),
    ("BKH-së", "alb:bkh", "ALB", "COP"),
    ("Bankës Qendrore të Kosovës", "kos:central-bank", "KOS", "GOV"),
    ("Prokuroria Speciale", "kos:special-prosecution", "KOS", "JUD"),
    ("Këshillit të Lartë të Prokurorisë", "alb:klp", "ALB", "JUD"),
    ("diplomacisë evropiane", "igo:eeas", "IGO", "GOV"),
    ("Partia Demokratike", "alb:pd", "ALB", "OPP"),
    ("Organizatës së Veteranëve të Luftës së UÇK-së", "kos:ovl-uck", "KOS", "CVL"),
    ("Forcave të Mbështetjes së Shpejtë", "sdn:rsf", "SDN", "REB"),
    ("Hamasit", "pse:hamas", "PSE", "REB"),
    ("Preshevës", "region:presevo", "SRB", None),
    ("Fierit", "region:fier", "ALB", None),
    ("Mitrovicës së Veriut", "region:north-mitrovica", "KOS", None),
    ("Kanadaja", "country:CAN", "CAN", None),
    ("Bashkimit Sovjetik", "country:RUS", "RUS", None),
    ("Kongos", "country:COD", "COD", None),
    ("Novosti", "media:novosti", "SRB", "JRN"),
]

EN = [
    ("Russia", "country:RUS", "RUS", None),
    ("US", "country:USA", "USA", None),
    ("U.S.", "country:USA", "USA", None),
    ("United States", "country:USA", "USA", None),
    ("Britain", "country:GBR", "GBR", None),
    ("South Korea", "country:KOR", "KOR", None),
    ("North Korea", "country:PRK", "PRK", None),
    ("Holland", "country:NLD", "NLD", None),
    ("Bosnia and Herzegovina", "country:BIH", "BIH", None),
    ("Burma", "country:MMR", "MMR", None),
    ("Kosovo", "country:KOS", "KOS", None),
    ("Kremlin", "seat:kremlin", "RUS", "GOV"),
    ("White House", "seat:white-house", "USA", "GOV"),
    ("Pentagon", "seat:pentagon", "USA", "MIL"),
    ("Pyongyang", "capital:pyongyang", "PRK", "GOV"),
    ("Beijing", "capital:beijing", "CHN", "GOV"),
    ("Brussels", "capital:brussels", "IGO", "GOV"),
    ("NATO", "igo:nato", "IGO", "MIL"),
    ("UN", "igo:un", "IGO", None),
    ("Reuters", "media:reuters", "GBR", "JRN"),
    ("Russian", "demonym:RUS", "RUS", None),
    ("North Korean", "demonym:PRK", "PRK", None),
    ("Europeans", "demonym:EUR", "EUR", None),
    ("Palestinians", "demonym:PSE", "PSE", None),
    ("ECOWAS", "igo:ecowas", "IGO", None),
    ("West African", "igo:ecowas", "IGO", None),
    ("UNIFIL", "igo:unifil", "IGO", "MIL"),
    ("U.N. war crimes tribunal", "igo:icty", "IGO", "JUD"),
    ("World Food Programme", "igo:wfp", "IGO", None),
    ("Human Rights Watch", "ngo:hrw", "NGO", None),
    ("Rapid Support Forces", "sdn:rsf", "SDN", "REB"),
    ("UNITA", "ago:unita", "AGO", "REB"),
    ("Forces for Defence of Democracy", "bdi:fdd", "BDI", "REB"),
    ("Houthi", "yem:houthis", "YEM", "REB"),
    ("Wagner Group", "rus:wagner", "RUS", "REB"),
    ("Palestine Liberation Organization", "pse:plo", "PSE", "GOV"),
    ("U.S. Treasury", "usa:treasury", "USA", "GOV"),
    ("Itar-Tass", "media:tass", "RUS", "JRN"),
    ("APS", "media:aps", "DZA", "JRN"),
    ("Congo", "country:COD", "COD", None),
    ("Soviet Union", "country:RUS", "RUS", None),
    ("Yugoslavia", "country:SRB", "SRB", None),
    ("Zaire", "country:COD", "COD", None),
    ("Bosnian Serbs", "demonym:BIH", "BIH", None),
    ("Kosovo Serbs", "demonym:KOS", "KOS", None),
    ("Chechen", "demonym:RUS", "RUS", None),
    ("Darfur", "region:darfur", "SDN", None),
    ("East Jerusalem", "region:east-jerusalem", "PSE", None),
    ("Bogota", "capital:bogota", "COL", "GOV"),
]


@pytest.mark.parametrize("form, kb_id, code, sector", SQ)
def test_albanian_forms(base, form, kb_id, code, sector):
    assert (kb_id, code, sector) in {(e.kb_id, e.code, e.sector) for e in find(base, "sq", form)}


@pytest.mark.parametrize("form, kb_id, code, sector", EN)
def test_english_forms(base, form, kb_id, code, sector):
    assert (kb_id, code, sector) in {(e.kb_id, e.code, e.sector) for e in find(base, "en", form)}


@pytest.mark.parametrize("form, case", [("Rusisë", "gda"), ("Rusia", "nom"), ("Korenë e Veriut", "acc")])
def test_albanian_entries_carry_their_case(base, form, case):
    assert {e.case for e in find(base, "sq", form)} == {case}


def test_english_entries_have_no_case(base):
    assert {e.case for e in find(base, "en", "Russia")} == {None}


@pytest.mark.parametrize("lang, form, kb_id, code", [
    ("sq", "Putinit", "person:vladimir-putin", "RUS"),
    ("sq", "Vladimir Putinin", "person:vladimir-putin", "RUS"),
    ("sq", "Kurtit", "person:albin-kurti", "KOS"),
    ("sq", "Ramës", "person:edi-rama", "ALB"),
    ("sq", "Vuçiqit", "person:aleksandar-vucic", "SRB"),
    ("sq", "Kimit", "person:kim-jong-un", "PRK"),
    ("sq", "Zelenskit", "person:volodymyr-zelensky", "UKR"),
    ("en", "Xi Jinping", "person:xi-jinping", "CHN"),
    ("en", "Zelenskyy", "person:volodymyr-zelensky", "UKR"),
    ("en", "Stoltenberg", "person:jens-stoltenberg", "IGO"),
    ("en", "Yeltsin", "person:boris-yeltsin", "RUS"),
    ("en", "Kozyrev", "person:andrei-kozyrev", "RUS"),
    ("en", "Warren Christopher", "person:warren-christopher", "USA"),
    ("en", "Hrawi", "person:elias-hrawi", "LBN"),
    ("en", "Omar El Bashir", "person:omar-al-bashir", "SDN"),
    ("en", "Gaddafi", "person:muammar-gaddafi", "LBY"),
    ("en", "Qaddafi", "person:muammar-gaddafi", "LBY"),
    ("en", "Habyarimana", "person:juvenal-habyarimana", "RWA"),
    ("en", "Gbagbo", "person:laurent-gbagbo", "CIV"),
    ("en", "Nasrallah", "person:hassan-nasrallah", "LBN"),
    ("en", "Mohammed Deif", "person:mohammed-deif", "PSE"),
    ("sq", "Tugjmanit", "person:franjo-tudjman", "HRV"),
    ("sq", "Jelcinit", "person:boris-yeltsin", "RUS"),
    ("sq", "Gucatit", "person:hysni-gucati", "KOS"),
    ("sq", "Ardi Veliun", "person:ardi-veliu", "ALB"),
    ("sq", "Arben Gashit", "person:arben-gashi", "KOS"),
    ("sq", "Gjyshincës", "person:gazmend-gjyshinca", "KOS"),
    ("sq", "Lutfi Hazirit", "person:lutfi-haziri", "KOS"),
    ("sq", "Erion Veliajn", "person:erion-veliaj", "ALB"),
    ("sq", "Yuri Kim", "person:yuri-kim", "USA"),
])
def test_person_forms(base, lang, form, kb_id, code):
    entries = find(base, lang, form)
    assert (kb_id, code) in {(e.kb_id, e.code) for e in entries}
    assert all(e.kind == "person" and e.role and e.start for e in entries)


def test_a_person_has_one_entry_per_office_and_form(base):
    offices = {(e.role, e.start) for e in find(base, "sq", "Putinit")}
    assert ("president", date(2012, 5, 7)) in offices
    assert ("prime_minister", date(2008, 5, 8)) in offices


@pytest.mark.parametrize("role, code, on, names", [
    ("prime_minister", "KOS", date(2020, 7, 29), ["Avdullah Hoti"]),
    ("president", "KOS", date(2020, 7, 29), ["Hashim Thaçi"]),
    ("president", "RUS", date(2025, 3, 27), ["Vladimir Putin"]),
    ("foreign_minister", "RUS", date(2025, 3, 27), ["Sergey Lavrov"]),
    ("president", "USA", date(2020, 7, 29), ["Donald Trump"]),
    ("president", "USA", date(2022, 1, 1), ["Joe Biden"]),
    ("prime_minister", "DEU", date(2023, 1, 1), ["Olaf Scholz"]),
    ("president", "PRK", date(2025, 3, 27), ["Kim Jong Un"]),
    ("high_representative", "IGO", date(2020, 7, 1), ["Josep Borrell"]),
    ("defence_minister", "KOS", date(2020, 7, 1), ["Anton Quni"]),
    ("president", "RUS", date(1995, 6, 1), ["Boris Yeltsin"]),
    ("foreign_minister", "RUS", date(1994, 3, 1), ["Andrei Kozyrev"]),
    ("foreign_minister", "USA", date(1995, 6, 1), ["Warren Christopher"]),
    ("prime_minister", "ISR", date(1994, 6, 1), ["Yitzhak Rabin"]),
    ("prime_minister", "ISR", date(2000, 6, 1), ["Ehud Barak"]),
    ("president", "LBN", date(1995, 6, 1), ["Elias Hrawi"]),
    ("prime_minister", "DEU", date(1995, 6, 1), ["Helmut Kohl"]),
    ("president", "HRV", date(1995, 6, 1), ["Franjo Tuđman"]),
    ("president", "RWA", date(1993, 6, 1), ["Juvénal Habyarimana"]),
    ("president", "DZA", date(2005, 6, 1), ["Abdelaziz Bouteflika"]),
    ("president", "ALB", date(1995, 6, 1), ["Sali Berisha"]),
    ("prime_minister", "KOS", date(2005, 1, 1), ["Ramush Haradinaj"]),
    ("president", "RUS", date(2024, 1, 1), ["Vladimir Putin"]),
])
def test_holders_on_a_day(base, role, code, on, names):
    held = base.holders(role, code, on)
    assert [e.form for e in held] == names
    assert all(e.role == role and e.code == code and e.kind == "person" for e in held)


def test_holders_ever_lists_each_person_once(base):
    names = [e.form for e in base.holders("president", "USA")]
    assert names.count("Donald Trump") == 1 and "Joe Biden" in names


def test_holders_of_an_unknown_role_is_empty(base):
    assert base.holders("emperor", "RUS", date(2025, 1, 1)) == []


@pytest.mark.parametrize("code, lang, name", [
    ("KOS", "en", "Kosovo"), ("KOS", "sq", "Kosovë"), ("USA", "en", "United States"),
    ("PRK", "sq", "Kore e Veriut"), ("MKD", "en", "North Macedonia"),
])
def test_country_name(base, code, lang, name):
    assert base.country_name(code, lang) == name


def test_country_name_of_a_non_country_is_none(base):
    assert base.country_name("IGO", "en") is None
