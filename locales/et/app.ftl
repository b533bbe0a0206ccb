# TRM Field Guide — user interface strings, Estonian (et).
# Every message of locales/en/app.ftl, same ids and variables. Plural categories (CLDR, et): one, other.
# Variables are placed after a colon or in brackets, so the sentence stays grammatical for every
# country and language name (Estonian would otherwise need a case ending on the name).

app-title = TRM-i välijuhend

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Mustand
status-written = Kirjutatud
status-translated = Tõlgitud
status-revised = Toimetatud
status-reviewed = Heaks kiidetud
status-stale = Tõlge on aegunud
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Mustand: tekst on alles kirjutamisel või tõlkimisel. Ära veel sellele toetu.
status-meaning-written = Kirjutatud: ingliskeelne tekst on valmis ja igal faktil on allikas. Teine inimene ei ole seda veel kontrollinud.
status-meaning-translated = Tõlkinud üks tõlkija. Teine inimene ei ole tõlget veel ingliskeelse tekstiga võrrelnud.
status-meaning-revised = Toimetatud: sõltumatu toimetaja on kogu teksti ingliskeelsega võrrelnud ja leitud vead on parandatud.
status-meaning-reviewed = Heaks kiidetud: toimetatud ja nimeliselt nimetatud valdkonna eksperdi heaks kiidetud.
status-meaning-stale = Ingliskeelne tekst on pärast selle tõlke valmimist muutunud: mõni üksikasi võib olla aegunud.
fallback-notice = See jaotis ei ole veel saadaval (keel: { $language }). Näitame seda inglise keeles.
stale-notice = Selle jaotise ingliskeelne algtekst on pärast tõlkimist muutunud. Mõni üksikasi võib olla aegunud.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Riiklik koordinaator
fact-contact-point = Kontaktpunkt
fact-formal-identification = Ametlik tuvastamine
fact-reflection-period = Järelemõtlemisaeg
fact-residence-permit = Elamisluba
fact-shelter = Varjupaigad ja tugi
fact-hotline = Abitelefon
fact-email = E-post
fact-website = Veebileht
fact-return-contact = Tagasipöördumine ja taasintegreerimine
fact-legal-basis = Õiguslik alus
fact-emergency = Hädaabi
fact-rapporteur = Riiklik raportöör
fact-children = Lapsed
fact-return-programme = Tagasipöördumisprogramm
fact-not-verified = Kontrollimata: { $reason }
fact-source = Allikas
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = teave seisuga { $date }
fact-undated = allikas ei märgi kuupäeva
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = kontrollitud { $date } allika salvestatud koopia põhjal
fact-checked-official-document = kontrollitud { $date } avaldatud teksti põhjal
fact-checked-live-page = kontrollitud { $date } veebilehe põhjal
fact-checked-in-writing = kontrollitud { $date } kirjalikult asutuselt
fact-outdated = See teave võib olla aegunud: kontrolli see üle, enne kui sellele toetud.
fact-run-by = Haldaja: { $name }

## Phone numbers in country facts
phone-hours-always = Ööpäevaringselt, iga päev
phone-hours-not-stated = Tööaega ei ole märgitud
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (kohalik aeg)
phone-abroad-yes = Vastab ka välismaalt tulevatele kõnedele
phone-abroad-no = Välismaalt ei saa helistada
phone-abroad-not-stated = Ei ole märgitud, kas välismaalt saab helistada
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Sellele numbrile ei saa välismaalt helistada: see toimib ainult riigi sees (riik: { $country }).
# The international form of a number, shown beside the local one.
phone-international = Välismaalt: { $number }
phone-for-victims = Ohvritele
phone-for-professionals = Spetsialistidele
phone-for-both = Ohvritele ja spetsialistidele
phone-for-public = Kõigile
# $languages is a list of language names.
phone-languages = Keeled: { $languages }

## Country names
country-bg = Bulgaaria
country-dk = Taani
country-de = Saksamaa
country-ee = Eesti
country-fi = Soome
country-is = Island
country-lv = Läti
country-lt = Leedu
country-no = Norra
country-pl = Poola
country-ro = Rumeenia
country-se = Rootsi
country-ua = Ukraina

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = teave seisuga { $asof }; kontrollitud { $checked }
source-undated = allikas ei märgi kuupäeva; kontrollitud { $checked }
footnotes-title = Allikad ja märkused
callout-note = Märkus
callout-tip = Nõuanne
callout-important = Oluline
callout-warning = Hoiatus
callout-caution = Ettevaatust

## App: page frame and navigation
skip-to-content = Mine sisu juurde
nav-contents = Sisukord
loading = Laadimine…
not-found = Sellist lehte juhendis ei ole.
guide-version = Juhendi versioon { $version }
external-link = See veebileht avaneb väljaspool rakendust. Kopeeri aadress brauserisse: { $url }

## App: languages
ui-language = Liidese keel
content-language = Sisu keel
parallel-view = Kõrvuti keelega
parallel-off = (üks keel)

## App: search
search-label = Otsi juhendist
search-placeholder = Otsi (vajuta / või Ctrl+K)
search-no-results = Päringule „{ $query }“ ei leitud midagi. Proovi vähemate või teiste sõnadega.
search-results-count =
    { $count ->
        [0] Tulemusi ei ole
        [one] Üks tulemus
       *[other] { $count } tulemust
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Päringut lühendati: alles jäi { $max } esimest märki.
search-notice-cut-words = Päringut lühendati: alles jäi { $max } esimest sõna.
search-notice-failed = Sellele päringule ei saanud vastata. Proovi teisi sõnu.
search-preparing = Otsingut valmistatakse ette… Tulemused ilmuvad kohe.
# $reason is a technical message in English.
search-unavailable = Otsing ei ole selles seansis saadaval: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Leitud keeles: { $language }

## App: section view
present = Esitle
print = Prindi
sources-title = Allikad
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Põhifaktid: { $country }

## App: settings (kept on this device only)
settings = Seaded
font-size = Teksti suurus
font-size-normal = Tavaline
font-size-large = Suur
font-size-larger = Suurem
font-size-largest = Suurim
theme = Värvid
theme-auto = Nagu süsteemis
theme-light = Hele
theme-dark = Tume
theme-contrast = Suur kontrastsus
settings-privacy = Seaded jäävad ainult sellesse seadmesse. Otsinguid ei salvestata.

## App: presentation (audience screen) and presenter window
slide = slaid
slide-count = Slaid { $n }/{ $total }
slide-prev = Eelmine
slide-next = Järgmine
slide-overview = Ülevaade
presenter-open = Esitlejavaade
presentation-exit = Välju
presenter-timer = Kulunud aeg
presenter-start = Käivita taimer
presenter-pause = Peata taimer
presenter-reset = Nulli taimer
presenter-current = Praegune slaid
presenter-notes = Esineja märkmed
presenter-no-notes = Sellel slaidil märkmeid ei ole.
presenter-next = Järgmine: { $title }
presenter-last = See on viimane slaid.
presenter-waiting = Alusta esitlust põhiaknas: siis näitab see aken esineja märkmeid.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Näita inimesele
person-choose-language = Vali oma keel
person-choose-hint = Abi saav inimene võib oma keelele näpuga näidata.
person-other-language = Muu keel
person-back = Tagasi juhendisse

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Suuna inimene
referral-intro = Vali, kus sa oled ja kust inimene pärit on: riikidevahelise suunamismehhanismi iga sammu juures on näha, kellega mõlemas riigis ühendust võtta.
# Labels of the two country lists.
referral-here = Minu asukoht
referral-origin = Inimese päritoluriik
referral-choose = Vali riik
referral-origin-other = Muu riik (ei ole selles juhendis)
referral-prompt = Sammude nägemiseks vali mõlemad riigid.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Minu asukoht: { $here }. Inimese päritoluriik: { $origin }.
referral-case-other = Minu asukoht: { $here }. Inimene on pärit riigist, mida see juhend ei käsitle.
referral-domestic = Inimene on pärit samast riigist, kus sa oled. Kontaktid (riik: { $country }) on näidatud üks kord.
referral-other-note = Selles juhendis on andmed ainult riikidevahelise suunamismehhanismi riikide kohta: näidatud on ainult sinu asukohariigi kontaktid (riik: { $country }).
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: sinu asukoht
referral-side-origin = { $country }: inimese päritoluriik
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Selles juhendis puudub: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = Riigiprofiilis: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Mine
referral-fallback = Sammud ei ole veel saadaval (keel: { $language }). Näitame neid inglise keeles.
referral-unknown-country = Riiki koodiga „{ $code }“ selles juhendis ei ole. Vali riik loendist.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Suuna inimene: minu asukoht on { $country }
referral-link-origin = Suuna inimene: inimese päritoluriik on { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Kasutusel olev juhend
guide-in-use-builtin = Programmi sisseehitatud juhend, versioon { $version }.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Juhendi versioon { $version }, kuupäev: { $date }, paigaldatud: { $installed }. Digiallkiri: { $signer }.
update-install = Paigalda juhendi uuendus failist…
update-drop-hint = Uuendusfaili (.trmpack) võid ka lohistada sellesse aknasse.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Kas paigaldada see juhendi uuendus?
# $replaces is the version of the guide in use now.
update-confirm-body = Juhendi versioon { $version }, kuupäev: { $date }. Digiallkiri: { $signer }. See asendab versiooni { $replaces }. Mida see muudab:
update-confirm-install = Paigalda
update-confirm-cancel = Loobu
update-installed = Juhendi versioon { $version } on nüüd kasutusel.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Uuendust ei paigaldatud: { $reason }
update-roll-back = Taasta juhendi versioon { $version }
update-roll-back-builtin = Taasta programmi sisseehitatud juhend
update-rolled-back = Juhendi versioon { $version } on taas kasutusel.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Paigaldatud juhendi uuendust ei saanud lugeda, seetõttu on kasutusel eelmine juhend. Paigalda uuendus uuesti. Üksikasjad: { $reason }
update-refused-at-start = Paigaldatud juhendi uuendust ei kasutatud, sest see ei läbinud kontrolli. Seetõttu on kasutusel eelmine juhend. Üksikasjad: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Mis muutus
# $date is the day the update was installed.
changes-intro = Juhendi uuendus (paigaldatud: { $date }) muutis järgmist. Kontrolli neid muudatusi, enne kui toetud sellele, mida mäletad.
changes-none = Kasutusel on programmi sisseehitatud juhend: ükski uuendus ei ole seda muutnud.
changes-facts = Kontaktid ja faktid
changes-sections = Jaotised
# After a fact that the update added or removed.
changes-new = uus
changes-gone = eemaldatud
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (muutunud teistes keeltes: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = muutunud

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Otsi keelt
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Prindi ka keeles: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Mõningaid seadeid selles seadmes ei õnnestunud lugeda, seetõttu need lähtestati: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Selles seadmes ei õnnestunud seadeid lugeda, seetõttu need lähtestati.
