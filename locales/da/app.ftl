# TRM Field Guide — user interface strings, Danish (da).
# Every message of locales/en/app.ftl, with the same ids and variables. CLDR plural categories for da: one, other.

app-title = TRM-feltguide

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Udkast
status-written = Skrevet
status-translated = Oversat
status-revised = Revideret
status-reviewed = Fagligt godkendt
status-stale = Oversættelsen er forældet
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Udkast: teksten er ved at blive skrevet eller oversat. Brug den ikke endnu.
status-meaning-written = Skrevet: den engelske tekst, komplet, med en kilde til hver oplysning. Endnu ikke kontrolleret af en anden person.
status-meaning-translated = Oversat af én oversætter. Endnu ikke sammenholdt med den engelske tekst af en anden person.
status-meaning-revised = Revideret: læst i sin helhed op mod den engelske tekst af en uafhængig gennemlæser, og de fundne fejl er rettet.
status-meaning-reviewed = Fagligt godkendt: revideret og godkendt af en navngiven fagekspert.
status-meaning-stale = Den engelske tekst er ændret, siden denne oversættelse blev lavet: nogle oplysninger kan være forældede.
fallback-notice = Dette afsnit findes endnu ikke på dette sprog ({ $language }). Det vises på engelsk.
stale-notice = Den engelske kildetekst til dette afsnit er ændret, siden det blev oversat. Nogle oplysninger kan være forældede.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = National koordinator
fact-contact-point = Kontaktpunkt
fact-formal-identification = Formel identifikation
fact-reflection-period = Refleksionsperiode
fact-residence-permit = Opholdstilladelse
fact-shelter = Krisecentre og støtte
fact-hotline = Hotline
fact-email = E-mail
fact-website = Hjemmeside
fact-return-contact = Hjemrejse og reintegration
fact-legal-basis = Retsgrundlag
fact-emergency = Nødopkald
fact-rapporteur = National rapportør
fact-children = Børn
fact-return-programme = Hjemrejseprogram
fact-not-verified = Ikke bekræftet: { $reason }
fact-source = Kilde
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = oplysninger pr. { $date }
fact-undated = kilden angiver ingen dato
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = kontrolleret { $date } mod en gemt kopi af kilden
fact-checked-official-document = kontrolleret { $date } mod den offentliggjorte tekst
fact-checked-live-page = kontrolleret { $date } mod hjemmesiden
fact-checked-in-writing = kontrolleret { $date } ved skriftlig henvendelse til institutionen
fact-outdated = Disse oplysninger kan være forældede: bekræft dem, før du handler på dem.
fact-run-by = Drives af: { $name }

## Phone numbers in country facts
phone-hours-always = Døgnet rundt, alle dage
phone-hours-not-stated = Åbningstid ikke oplyst
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (lokal tid)
phone-abroad-yes = Kan ringes op fra udlandet
phone-abroad-no = Kan ikke ringes op fra udlandet
phone-abroad-not-stated = Det er ikke oplyst, om nummeret kan ringes op fra udlandet
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Du kan ikke ringe til dette nummer fra udlandet: det virker kun indenlands ({ $country }).
# The international form of a number, shown beside the local one.
phone-international = Fra udlandet: { $number }
phone-for-victims = For ofre
phone-for-professionals = For fagfolk
phone-for-both = For ofre og fagfolk
phone-for-public = For alle
# $languages is a list of language names.
phone-languages = Sprog: { $languages }

## Country names
country-bg = Bulgarien
country-dk = Danmark
country-de = Tyskland
country-ee = Estland
country-fi = Finland
country-is = Island
country-lv = Letland
country-lt = Litauen
country-no = Norge
country-pl = Polen
country-ro = Rumænien
country-se = Sverige
country-ua = Ukraine

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = oplysninger pr. { $asof }; kontrolleret { $checked }
source-undated = kilden angiver ingen dato; kontrolleret { $checked }
footnotes-title = Kilder og noter
callout-note = Bemærk
callout-tip = Tip
callout-important = Vigtigt
callout-warning = Advarsel
callout-caution = Pas på

## App: page frame and navigation
skip-to-content = Gå til indholdet
nav-contents = Indhold
loading = Indlæser …
not-found = Denne side findes ikke i guiden.
guide-version = Guidens version: { $version }
external-link = Denne hjemmeside åbnes uden for appen. Kopiér adressen ind i en browser: { $url }

## App: languages
ui-language = Sprog i brugerfladen
content-language = Sprog i indholdet
parallel-view = Side om side med
parallel-off = (ét sprog)

## App: search
search-label = Søg i guiden
search-placeholder = Søg (tryk / eller Ctrl+K)
search-no-results = Intet fundet for »{ $query }«. Prøv færre eller andre ord.
search-results-count =
    { $count ->
        [0] Ingen resultater
        [one] Ét resultat
       *[other] { $count } resultater
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Din søgning blev forkortet til de første { $max } tegn.
search-notice-cut-words = Din søgning blev forkortet til de første { $max } ord.
search-notice-failed = Søgningen kunne ikke besvares. Prøv andre ord.
search-preparing = Søgningen gøres klar … Resultaterne vises om et øjeblik.
# $reason is a technical message in English.
search-unavailable = Søgning er ikke tilgængelig i denne session: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Fundet på et andet sprog: { $language }

## App: section view
present = Præsentér
print = Udskriv
sources-title = Kilder
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Nøgleoplysninger: { $country }

## App: settings (kept on this device only)
settings = Indstillinger
font-size = Tekststørrelse
font-size-normal = Normal
font-size-large = Stor
font-size-larger = Større
font-size-largest = Størst
theme = Farver
theme-auto = Som systemet
theme-light = Lys
theme-dark = Mørk
theme-contrast = Høj kontrast
settings-privacy = Indstillingerne gemmes kun på denne enhed. Søgninger gemmes ikke.

## App: presentation (audience screen) and presenter window
slide = dias
slide-count = Dias { $n } af { $total }
slide-prev = Forrige
slide-next = Næste
slide-overview = Oversigt
presenter-open = Præsentationsvisning
presentation-exit = Afslut
presenter-timer = Forløbet tid
presenter-start = Start tidtagning
presenter-pause = Sæt tidtagning på pause
presenter-reset = Nulstil tidtagning
presenter-current = Aktuelt dias
presenter-notes = Talenoter
presenter-no-notes = Ingen noter til dette dias.
presenter-next = Næste: { $title }
presenter-last = Dette er det sidste dias.
presenter-waiting = Start en præsentation i hovedvinduet: så viser dette vindue talenoterne.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Vis til personen
person-choose-language = Vælg dit sprog
person-choose-hint = Den person, der får hjælp, kan pege på sit sprog.
person-other-language = Et andet sprog
person-back = Tilbage til guiden

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Henvis en person
referral-intro = Vælg, hvor du er, og hvor personen kommer fra: hvert trin i den tværnationale henvisningsmekanisme (TRM) vises med, hvem du skal kontakte i begge lande.
# Labels of the two country lists.
referral-here = Hvor jeg er
referral-origin = Personen er fra
referral-choose = Vælg et land
referral-origin-other = Et andet land (ikke med i guiden)
referral-prompt = Vælg begge lande for at se trinnene.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Hvor jeg er: { $here }; personen er fra { $origin }.
referral-case-other = Hvor jeg er: { $here }; personen er fra et land, som guiden ikke dækker.
referral-domestic = Personen er fra det land, du er i: kontakterne for { $country } vises én gang.
referral-other-note = Guiden har kun oplysninger om landene i den tværnationale henvisningsmekanisme: kun kontakterne for { $country } vises.
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: hvor du er
referral-side-origin = { $country }: personens land
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Ikke med i guiden: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = I landeprofilen: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Gå til
referral-fallback = Trinnene findes endnu ikke på dette sprog ({ $language }). De vises på engelsk.
referral-unknown-country = Der er intet land »{ $code }« i guiden. Vælg et fra listen.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Henvis en person: { $country } er det land, jeg er i
referral-link-origin = Henvis en person: personen er fra { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Guide i brug
guide-in-use-builtin = Version { $version } af guiden, indbygget i programmet.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Version { $version } af guiden, dateret { $date }, installeret { $installed }, signeret af { $signer }.
update-install = Installér guideopdatering fra fil …
update-drop-hint = Du kan også trække en opdateringsfil (.trmpack) ind i dette vindue.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Vil du installere denne guideopdatering?
# $replaces is the version of the guide in use now.
update-confirm-body = Version { $version } af guiden, dateret { $date }, signeret af { $signer }. Den erstatter version { $replaces }. Den ændrer dette:
update-confirm-install = Installér
update-confirm-cancel = Annuller
update-installed = Version { $version } af guiden er nu i brug.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Opdateringen blev ikke installeret: { $reason }
update-roll-back = Gå tilbage til version { $version } af guiden
update-roll-back-builtin = Gå tilbage til den guide, der er indbygget i programmet
update-rolled-back = Version { $version } af guiden er i brug igen.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Den installerede guideopdatering kunne ikke læses, så den tidligere guide er i brug. Installér opdateringen igen. Detaljer: { $reason }
update-refused-at-start = Den installerede guideopdatering blev ikke brugt, fordi den ikke bestod kontrollen, så den tidligere guide er i brug. Detaljer: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Hvad er ændret
# $date is the day the update was installed.
changes-intro = Guideopdateringen, der blev installeret den { $date }, har ændret følgende. Kontrollér ændringerne, før du stoler på det, du husker.
changes-none = Guiden i brug er den, der er indbygget i programmet: ingen opdatering har ændret den.
changes-facts = Kontakter og oplysninger
changes-sections = Afsnit
# After a fact that the update added or removed.
changes-new = ny
changes-gone = fjernet
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (ændret på andre sprog: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = ændret

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Søg efter sprog
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Udskriv også på: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Nogle indstillinger på denne enhed kunne ikke læses og er blevet nulstillet: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Indstillingerne på denne enhed kunne ikke læses og er blevet nulstillet.
