# TRM Field Guide — user interface strings, Finnish (fi).
# Every message of locales/en/app.ftl is here with the same id and variables.
# CLDR plural categories for Finnish: one, other.
# Variables inserted into sentences are placed after a colon or in a "maassa X" / "maasta X"
# frame, so the sentence stays grammatical for every value (no case ending on the variable).

app-title = TRM-kenttäopas

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Luonnos
status-written = Kirjoitettu
status-translated = Käännetty
status-revised = Tarkastettu
status-reviewed = Hyväksytty
status-stale = Käännös vanhentunut
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Luonnos: vielä kirjoitettavana tai käännettävänä. Älä vielä luota siihen.
status-meaning-written = Kirjoitettu: englanninkielinen teksti, valmis, ja jokaiselle tiedolle on lähde. Toinen henkilö ei ole vielä tarkistanut sitä.
status-meaning-translated = Yhden kääntäjän kääntämä. Toinen henkilö ei ole vielä tarkistanut sitä englanninkielistä tekstiä vasten.
status-meaning-revised = Tarkastettu: riippumaton tarkastaja on lukenut koko tekstin englanninkielistä tekstiä vasten, ja havaitut ongelmat on korjattu.
status-meaning-reviewed = Hyväksytty: tarkastettu, ja nimetty alan asiantuntija on hyväksynyt sen.
status-meaning-stale = Englanninkielinen teksti on muuttunut tämän käännöksen jälkeen: jotkin yksityiskohdat voivat olla vanhentuneita.
fallback-notice = Tätä osiota ei ole vielä saatavilla tällä kielellä: { $language }. Se näytetään englanniksi.
stale-notice = Tämän osion englanninkielinen lähdeteksti on muuttunut käännöksen jälkeen. Jotkin yksityiskohdat voivat olla vanhentuneita.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Kansallinen koordinaattori
fact-contact-point = Yhteyspiste
fact-formal-identification = Virallinen tunnistaminen
fact-reflection-period = Harkinta-aika
fact-residence-permit = Oleskelulupa
fact-shelter = Turvakodit ja tuki
fact-hotline = Auttava puhelin
fact-email = Sähköposti
fact-website = Verkkosivusto
fact-return-contact = Paluu ja uudelleenkotoutuminen
fact-legal-basis = Oikeusperusta
fact-emergency = Hätänumero
fact-rapporteur = Kansallinen raportoija
fact-children = Lapset
fact-return-programme = Paluuohjelma
fact-not-verified = Ei vahvistettu: { $reason }
fact-source = Lähde
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = tietojen ajankohta: { $date }
fact-undated = lähteessä ei ole päivämäärää
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = tarkistettu { $date } lähteen tallennetusta kopiosta
fact-checked-official-document = tarkistettu { $date } julkaistusta tekstistä
fact-checked-live-page = tarkistettu { $date } verkkosivulta
fact-checked-in-writing = tarkistettu { $date } kirjallisesti laitokselta
fact-outdated = Tämä tieto voi olla vanhentunut: varmista se ennen kuin luotat siihen.
fact-run-by = Ylläpitäjä: { $name }

## Phone numbers in country facts
phone-hours-always = Ympäri vuorokauden, joka päivä
phone-hours-not-stated = Aukioloaikoja ei kerrota
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (paikallista aikaa)
phone-abroad-yes = Vastaa puheluihin ulkomailta
phone-abroad-no = Numeroon ei voi soittaa ulkomailta
phone-abroad-not-stated = Ei kerrota, vastaako numero puheluihin ulkomailta
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Tähän numeroon ei voi soittaa ulkomailta: se toimii vain maassa { $country }.
# The international form of a number, shown beside the local one.
phone-international = Ulkomailta: { $number }
phone-for-victims = Uhreille
phone-for-professionals = Ammattilaisille
phone-for-both = Uhreille ja ammattilaisille
phone-for-public = Kaikille
# $languages is a list of language names.
phone-languages = Kielet: { $languages }

## Country names
country-bg = Bulgaria
country-dk = Tanska
country-de = Saksa
country-ee = Viro
country-fi = Suomi
country-is = Islanti
country-lv = Latvia
country-lt = Liettua
country-no = Norja
country-pl = Puola
country-ro = Romania
country-se = Ruotsi
country-ua = Ukraina

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = tietojen ajankohta: { $asof }; tarkistettu { $checked }
source-undated = lähteessä ei ole päivämäärää; tarkistettu { $checked }
footnotes-title = Lähteet ja huomautukset
callout-note = Huomio
callout-tip = Vinkki
callout-important = Tärkeää
callout-warning = Varoitus
callout-caution = Varo

## App: page frame and navigation
skip-to-content = Siirry sisältöön
nav-contents = Sisällys
loading = Ladataan…
not-found = Tätä sivua ei ole oppaassa.
guide-version = Oppaan versio { $version }
external-link = Tämä verkkosivu avautuu sovelluksen ulkopuolella. Kopioi osoite selaimeen: { $url }

## App: languages
ui-language = Käyttöliittymän kieli
content-language = Sisällön kieli
parallel-view = Rinnakkain kielen kanssa
parallel-off = (yksi kieli)

## App: search
search-label = Hae oppaasta
search-placeholder = Hae (paina / tai Ctrl+K)
search-no-results = Haulla ”{ $query }” ei löytynyt mitään. Kokeile harvempia tai eri sanoja.
search-results-count =
    { $count ->
        [0] Ei tuloksia
        [one] Yksi tulos
       *[other] { $count } tulosta
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Hakusi lyhennettiin { $max } ensimmäiseen merkkiin.
search-notice-cut-words = Hakusi lyhennettiin { $max } ensimmäiseen sanaan.
search-notice-failed = Tähän hakuun ei voitu vastata. Kokeile muita sanoja.
search-preparing = Hakua valmistellaan… Tulokset näkyvät hetken kuluttua.
# $reason is a technical message in English.
search-unavailable = Haku ei ole käytettävissä tässä istunnossa: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Löytyi kieliversiosta: { $language }

## App: section view
present = Esitä
print = Tulosta
sources-title = Lähteet
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Keskeiset tiedot: { $country }

## App: settings (kept on this device only)
settings = Asetukset
font-size = Tekstin koko
font-size-normal = Normaali
font-size-large = Suuri
font-size-larger = Suurempi
font-size-largest = Suurin
theme = Värit
theme-auto = Järjestelmän mukaan
theme-light = Vaalea
theme-dark = Tumma
theme-contrast = Suuri kontrasti
settings-privacy = Asetukset tallennetaan vain tälle laitteelle. Hakuja ei tallenneta.

## App: presentation (audience screen) and presenter window
slide = dia
slide-count = Dia { $n }/{ $total }
slide-prev = Edellinen
slide-next = Seuraava
slide-overview = Yleiskuva
presenter-open = Esittäjän näkymä
presentation-exit = Lopeta
presenter-timer = Kulunut aika
presenter-start = Käynnistä ajastin
presenter-pause = Keskeytä ajastin
presenter-reset = Nollaa ajastin
presenter-current = Nykyinen dia
presenter-notes = Puhujan muistiinpanot
presenter-no-notes = Tässä diassa ei ole muistiinpanoja.
presenter-next = Seuraava: { $title }
presenter-last = Tämä on viimeinen dia.
presenter-waiting = Aloita esitys pääikkunassa: tässä ikkunassa näkyvät sitten puhujan muistiinpanot.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Näytä henkilölle
person-choose-language = Valitse kielesi
person-choose-hint = Autettava henkilö voi näyttää luettelosta oman kielensä.
person-other-language = Muu kieli
person-back = Takaisin oppaaseen

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Ohjaa henkilö
referral-intro = Valitse, missä olet ja mistä henkilö tulee: jokainen kansainvälisen ohjausmekanismin vaihe näytetään, ja siinä kerrotaan, keneen ottaa yhteyttä kummassakin maassa.
# Labels of the two country lists.
referral-here = Olen maassa
referral-origin = Henkilö on kotoisin maasta
referral-choose = Valitse maa
referral-origin-other = Muu maa (ei tässä oppaassa)
referral-prompt = Valitse molemmat maat nähdäksesi vaiheet.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Olen maassa { $here }; henkilö on kotoisin maasta { $origin }.
referral-case-other = Olen maassa { $here }; henkilö on kotoisin maasta, jota tämä opas ei kata.
referral-domestic = Henkilö on kotoisin maasta, jossa olet: yhteystiedot näytetään kerran (maa: { $country }).
referral-other-note = Tässä oppaassa on tiedot vain kansainvälisen ohjausmekanismin maista: näytetään vain yhden maan yhteystiedot (maa: { $country }).
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: maa, jossa olet
referral-side-origin = { $country }: henkilön kotimaa
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Ei tässä oppaassa: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = Maaprofiilissa: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Siirry kohtaan
referral-fallback = Vaiheita ei ole vielä saatavilla tällä kielellä: { $language }. Ne näytetään englanniksi.
referral-unknown-country = Oppaassa ei ole maata ”{ $code }”. Valitse maa luettelosta.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Ohjaa henkilö: olen maassa { $country }
referral-link-origin = Ohjaa henkilö: henkilö on kotoisin maasta { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Käytössä oleva opas
guide-in-use-builtin = Ohjelmaan sisäänrakennettu opas, versio { $version }.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Oppaan versio { $version }, päivätty { $date } ja asennettu { $installed }. Digitaalinen allekirjoitus: { $signer }.
update-install = Asenna oppaan päivitys tiedostosta…
update-drop-hint = Voit myös vetää päivitystiedoston (.trmpack) tähän ikkunaan.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Asennetaanko tämä oppaan päivitys?
# $replaces is the version of the guide in use now.
update-confirm-body = Oppaan versio { $version }, päivätty { $date }. Digitaalinen allekirjoitus: { $signer }. Päivitys korvaa version { $replaces }. Mitä päivitys muuttaa:
update-confirm-install = Asenna
update-confirm-cancel = Peruuta
update-installed = Oppaan versio { $version } on nyt käytössä.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Päivitystä ei asennettu: { $reason }
update-roll-back = Palaa oppaan versioon { $version }
update-roll-back-builtin = Palaa ohjelmaan sisäänrakennettuun oppaaseen
update-rolled-back = Oppaan versio { $version } on taas käytössä.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Asennettua oppaan päivitystä ei voitu lukea, joten käytössä on edellinen opas. Asenna päivitys uudelleen. Lisätiedot: { $reason }
update-refused-at-start = Asennettua oppaan päivitystä ei otettu käyttöön, koska se ei läpäissyt tarkistusta, joten käytössä on edellinen opas. Lisätiedot: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Mikä muuttui
# $date is the day the update was installed.
changes-intro = Nämä muutokset teki oppaan päivitys, joka asennettiin { $date }. Tarkista ne, ennen kuin luotat siihen, mitä muistat.
changes-none = Käytössä on ohjelmaan sisäänrakennettu opas: mikään päivitys ei ole muuttanut sitä.
changes-facts = Yhteystiedot ja muut tiedot
changes-sections = Osiot
# After a fact that the update added or removed.
changes-new = uusi
changes-gone = poistettu
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (muuttunut muissa kieliversioissa: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = muuttunut

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Etsi kieli
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Tulosta myös kielellä: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Joitakin tämän laitteen asetuksia ei voitu lukea, joten ne palautettiin oletusarvoihin: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Tämän laitteen asetuksia ei voitu lukea, joten ne palautettiin oletusarvoihin.
