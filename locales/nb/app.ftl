# TRM Field Guide — user interface strings, Norwegian Bokmål (nb).
# Every message of locales/en/app.ftl must be here: `fieldguide check` enforces it.
# CLDR plural categories for nb: one, other.

app-title = TRM-feltveileder

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Utkast
status-written = Skrevet
status-translated = Oversatt
status-revised = Revidert
status-reviewed = Fagvurdert
status-stale = Oversettelsen er utdatert
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Utkast: teksten skrives eller oversettes fortsatt. Ikke stol på den ennå.
status-meaning-written = Skrevet: den engelske teksten, fullstendig, med kilde for hver opplysning. Ingen andre har kontrollert den ennå.
status-meaning-translated = Oversatt av én oversetter. Ingen andre har kontrollert den mot den engelske teksten ennå.
status-meaning-revised = Revidert: lest i sin helhet mot den engelske teksten av en uavhengig kontrollør, og feilene som ble funnet, er rettet.
status-meaning-reviewed = Fagvurdert: revidert, og godkjent av en navngitt fagperson.
status-meaning-stale = Den engelske teksten er endret etter at denne oversettelsen ble laget: noen detaljer kan være utdaterte.
fallback-notice = Denne delen er ennå ikke oversatt (språk: { $language }). Den vises på engelsk.
stale-notice = Den engelske kildeteksten til denne delen er endret etter at den ble oversatt. Noen detaljer kan være utdaterte.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Nasjonal koordinator
fact-contact-point = Kontaktpunkt
fact-formal-identification = Formell identifisering
fact-reflection-period = Refleksjonsperiode
fact-residence-permit = Oppholdstillatelse
fact-shelter = Botilbud og støtte
fact-hotline = Hjelpetelefon
fact-email = E-post
fact-website = Nettsted
fact-return-contact = Retur og reintegrering
fact-legal-basis = Rettsgrunnlag
fact-emergency = Nødnummer
fact-rapporteur = Nasjonal rapportør
fact-children = Barn
fact-return-programme = Returprogram
fact-not-verified = Ikke bekreftet: { $reason }
fact-source = Kilde
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = informasjon per { $date }
fact-undated = kilden oppgir ingen dato
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = kontrollert { $date } mot en lagret kopi av kilden
fact-checked-official-document = kontrollert { $date } mot den publiserte teksten
fact-checked-live-page = kontrollert { $date } mot nettsiden
fact-checked-in-writing = kontrollert { $date } ved skriftlig henvendelse til institusjonen
fact-outdated = Denne informasjonen kan være utdatert: bekreft den før du stoler på den.
fact-run-by = Drives av { $name }

## Phone numbers in country facts
phone-hours-always = Dag og natt, hver dag
phone-hours-not-stated = Åpningstider ikke oppgitt
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (lokal tid)
phone-abroad-yes = Svarer på samtaler fra utlandet
phone-abroad-no = Kan ikke ringes fra utlandet
phone-abroad-not-stated = Det er ikke oppgitt om nummeret svarer på samtaler fra utlandet
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Dette nummeret kan ikke ringes fra utlandet: det virker bare innenlands ({ $country }).
# The international form of a number, shown beside the local one.
phone-international = Fra utlandet: { $number }
phone-for-victims = For ofre
phone-for-professionals = For fagfolk
phone-for-both = For ofre og fagfolk
phone-for-public = For alle
# $languages is a list of language names.
phone-languages = Språk: { $languages }

## Country names
country-bg = Bulgaria
country-dk = Danmark
country-de = Tyskland
country-ee = Estland
country-fi = Finland
country-is = Island
country-lv = Latvia
country-lt = Litauen
country-no = Norge
country-pl = Polen
country-ro = Romania
country-se = Sverige
country-ua = Ukraina

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = informasjon per { $asof }; kontrollert { $checked }
source-undated = kilden oppgir ingen dato; kontrollert { $checked }
footnotes-title = Kilder og merknader
callout-note = Merk
callout-tip = Tips
callout-important = Viktig
callout-warning = Advarsel
callout-caution = Forsiktig

## App: page frame and navigation
skip-to-content = Hopp til innholdet
nav-contents = Innhold
loading = Laster …
not-found = Denne siden finnes ikke i veilederen.
guide-version = Veilederens versjon: { $version }
external-link = Denne nettsiden åpnes utenfor appen. Kopier adressen inn i en nettleser: { $url }

## App: languages
ui-language = Språk i grensesnittet
content-language = Språk i innholdet
parallel-view = Side om side med
parallel-off = (ett språk)

## App: search
search-label = Søk i veilederen
search-placeholder = Søk (trykk / eller Ctrl+K)
search-no-results = Fant ingenting for «{ $query }». Prøv færre eller andre ord.
search-results-count =
    { $count ->
        [0] Ingen treff
        [one] Ett treff
       *[other] { $count } treff
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Søket ble forkortet til de første tegnene (høyst { $max }).
search-notice-cut-words = Søket ble forkortet til de første ordene (høyst { $max }).
search-notice-failed = Dette søket kunne ikke besvares. Prøv andre ord.
search-preparing = Søket gjøres klart … Treffene kommer om et øyeblikk.
# $reason is a technical message in English.
search-unavailable = Søk er ikke tilgjengelig i denne økten: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Funnet på et annet språk: { $language }

## App: section view
present = Presenter
print = Skriv ut
sources-title = Kilder
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Viktige opplysninger: { $country }

## App: settings (kept on this device only)
settings = Innstillinger
font-size = Tekststørrelse
font-size-normal = Normal
font-size-large = Stor
font-size-larger = Større
font-size-largest = Størst
theme = Farger
theme-auto = Som systemet
theme-light = Lyst
theme-dark = Mørkt
theme-contrast = Høy kontrast
settings-privacy = Innstillingene lagres bare på denne enheten. Søk blir ikke lagret.

## App: presentation (audience screen) and presenter window
slide = lysbilde
slide-count = Lysbilde { $n } av { $total }
slide-prev = Forrige
slide-next = Neste
slide-overview = Oversikt
presenter-open = Presentasjonsvisning
presentation-exit = Avslutt
presenter-timer = Tid brukt
presenter-start = Start tidtakeren
presenter-pause = Sett tidtakeren på pause
presenter-reset = Nullstill tidtakeren
presenter-current = Nåværende lysbilde
presenter-notes = Talernotater
presenter-no-notes = Ingen notater til dette lysbildet.
presenter-next = Neste: { $title }
presenter-last = Dette er det siste lysbildet.
presenter-waiting = Start en presentasjon i hovedvinduet: da viser dette vinduet talernotatene.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Vis til personen
person-choose-language = Velg språket ditt
person-choose-hint = Personen som får hjelp, kan peke på sitt språk.
person-other-language = Et annet språk
person-back = Tilbake til veilederen

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Henvis en person
referral-intro = Velg hvor du er og hvor personen kommer fra: hvert steg i den transnasjonale henvisningsmekanismen vises med hvem du kontakter i begge land.
# Labels of the two country lists.
referral-here = Landet jeg er i
referral-origin = Personen er fra
referral-choose = Velg et land
referral-origin-other = Et annet land (ikke i veilederen)
referral-prompt = Velg begge land for å se stegene.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Der jeg er: { $here }. Personen er fra { $origin }.
referral-case-other = Der jeg er: { $here }. Personen er fra et land som veilederen ikke dekker.
referral-domestic = Personen er fra landet du er i ({ $country }): kontaktene vises bare én gang.
referral-other-note = Veilederen har opplysninger bare om landene i den transnasjonale henvisningsmekanismen: bare kontaktene i landet der du er ({ $country }), vises.
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: der du er
referral-side-origin = { $country }: personens land
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Ikke i veilederen: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = I landprofilen: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Gå til
referral-fallback = Stegene er ennå ikke oversatt (språk: { $language }). De vises på engelsk.
referral-unknown-country = Det finnes ikke noe land «{ $code }» i veilederen. Velg et fra listen.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Henvis en person (der du er: { $country })
referral-link-origin = Henvis en person (personen er fra { $country })

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Veileder i bruk
guide-in-use-builtin = Versjon { $version } av veilederen, innebygd i programmet.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Versjon { $version } av veilederen, datert { $date }, installert { $installed }, signert av { $signer }.
update-install = Installer oppdatering av veilederen fra fil …
update-drop-hint = Du kan også dra og slippe en oppdateringsfil (.trmpack) i dette vinduet.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Vil du installere denne oppdateringen av veilederen?
# $replaces is the version of the guide in use now.
update-confirm-body = Versjon { $version } av veilederen, datert { $date }, signert av { $signer }. Den erstatter versjon { $replaces }. Dette endres:
update-confirm-install = Installer
update-confirm-cancel = Avbryt
update-installed = Versjon { $version } av veilederen er nå i bruk.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Oppdateringen ble ikke installert: { $reason }
update-roll-back = Gå tilbake til versjon { $version } av veilederen
update-roll-back-builtin = Gå tilbake til veilederen som er innebygd i programmet
update-rolled-back = Versjon { $version } av veilederen er i bruk igjen.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Den installerte oppdateringen av veilederen kunne ikke leses, så den forrige veilederen er i bruk. Installer oppdateringen på nytt. Detaljer: { $reason }
update-refused-at-start = Den installerte oppdateringen av veilederen ble ikke brukt fordi den ikke besto kontrollen, så den forrige veilederen er i bruk. Detaljer: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Hva er endret
# $date is the day the update was installed.
changes-intro = Oppdateringen av veilederen som ble installert { $date }, har endret følgende. Kontroller endringene før du stoler på det du husker.
changes-none = Veilederen i bruk er den som er innebygd i programmet: ingen oppdatering har endret den.
changes-facts = Kontakter og opplysninger
changes-sections = Deler av veilederen
# After a fact that the update added or removed.
changes-new = ny
changes-gone = fjernet
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (endret på andre språk: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = endret

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Søk etter språk
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Skriv ut også på: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Noen innstillinger på denne enheten kunne ikke leses og er tilbakestilt: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Innstillingene på denne enheten kunne ikke leses og er tilbakestilt.
