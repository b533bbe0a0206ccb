# TRM Field Guide — user interface strings, Latvian (latviešu).
# Every message of locales/en/app.ftl must be here: `fieldguide check` enforces it.
# Plurals use the CLDR categories of Latvian: zero (0, 10–20, 30, 40 …), one (1, 21, 31 …), other.
# Where a variable is inserted, the sentence is phrased so that the nominative fits every value.

app-title = TRM rokasgrāmata

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Melnraksts
status-written = Uzrakstīts
status-translated = Iztulkots
status-revised = Pārskatīts
status-reviewed = Apstiprināts
status-stale = Tulkojums novecojis
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Melnraksts: vēl tiek rakstīts vai tulkots. Pagaidām uz to nepaļaujieties.
status-meaning-written = Uzrakstīts: angļu teksts, pilnīgs, ar avotu katram faktam. Otrs cilvēks to vēl nav pārbaudījis.
status-meaning-translated = Iztulkojis viens tulkotājs. Otrs cilvēks to vēl nav salīdzinājis ar angļu tekstu.
status-meaning-revised = Pārskatīts: neatkarīgs redaktors to pilnībā salīdzinājis ar angļu tekstu, un atrastās kļūdas ir izlabotas.
status-meaning-reviewed = Apstiprināts: pārskatīts, un to apstiprinājis nosaukts nozares eksperts.
status-meaning-stale = Angļu teksts ir mainījies kopš šī tulkojuma izveides: dažas detaļas var būt novecojušas.
fallback-notice = Šī sadaļa vēl nav pieejama šajā valodā: { $language }. Tā parādīta angliski.
stale-notice = Šīs sadaļas angļu teksts ir mainījies kopš tās tulkošanas. Dažas detaļas var būt novecojušas.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Nacionālais koordinators
fact-contact-point = Kontaktpunkts
fact-formal-identification = Formālā identificēšana
fact-reflection-period = Pārdomu periods
fact-residence-permit = Uzturēšanās atļauja
fact-shelter = Patversmes un atbalsts
fact-hotline = Uzticības tālrunis
fact-email = E-pasts
fact-website = Tīmekļvietne
fact-return-contact = Atgriešanās un reintegrācija
fact-legal-basis = Juridiskais pamats
fact-emergency = Ārkārtas palīdzība
fact-rapporteur = Nacionālais ziņotājs
fact-children = Bērni
fact-return-programme = Atgriešanās programma
fact-not-verified = Nav pārbaudīts: { $reason }
fact-source = Avots
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = informācijas datums: { $date }
fact-undated = avotā datums nav norādīts
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = pārbaudīts: { $date }, salīdzinot ar saglabātu avota kopiju
fact-checked-official-document = pārbaudīts: { $date }, salīdzinot ar publicēto tekstu
fact-checked-live-page = pārbaudīts: { $date }, salīdzinot ar tīmekļa lapu
fact-checked-in-writing = pārbaudīts: { $date }, rakstiski sazinoties ar iestādi
fact-outdated = Šī informācija var būt novecojusi: pirms uz to paļaujaties, pārliecinieties, ka tā ir pareiza.
fact-run-by = Uztur: { $name }

## Phone numbers in country facts
phone-hours-always = Dienu un nakti, katru dienu
phone-hours-not-stated = Darba laiks nav norādīts
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (vietējais laiks)
phone-abroad-yes = Atbild uz zvaniem no ārvalstīm
phone-abroad-no = Nav sazvanāms no ārvalstīm
phone-abroad-not-stated = Nav norādīts, vai atbild uz zvaniem no ārvalstīm
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Uz šo numuru nevar zvanīt no ārvalstīm: tas darbojas tikai šajā valstī – { $country }.
# The international form of a number, shown beside the local one.
phone-international = No ārvalstīm: { $number }
phone-for-victims = Upuriem
phone-for-professionals = Speciālistiem
phone-for-both = Upuriem un speciālistiem
phone-for-public = Ikvienam
# $languages is a list of language names.
phone-languages = Valodas: { $languages }

## Country names
country-bg = Bulgārija
country-dk = Dānija
country-de = Vācija
country-ee = Igaunija
country-fi = Somija
country-is = Islande
country-lv = Latvija
country-lt = Lietuva
country-no = Norvēģija
country-pl = Polija
country-ro = Rumānija
country-se = Zviedrija
country-ua = Ukraina

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = informācijas datums: { $asof }; pārbaudīts: { $checked }
source-undated = avotā datums nav norādīts; pārbaudīts: { $checked }
footnotes-title = Avoti un piezīmes
callout-note = Piezīme
callout-tip = Padoms
callout-important = Svarīgi
callout-warning = Brīdinājums
callout-caution = Uzmanību

## App: page frame and navigation
skip-to-content = Pāriet uz saturu
nav-contents = Saturs
loading = Ielādē…
not-found = Šādas lapas rokasgrāmatā nav.
guide-version = Rokasgrāmatas versija: { $version }
external-link = Šī tīmekļa lapa atveras ārpus lietotnes. Iekopējiet adresi pārlūkā: { $url }

## App: languages
ui-language = Saskarnes valoda
content-language = Satura valoda
parallel-view = Salīdzināt ar
parallel-off = (viena valoda)

## App: search
search-label = Meklēt rokasgrāmatā
search-placeholder = Meklēt (nospiediet / vai Ctrl+K)
search-no-results = Pēc vaicājuma “{ $query }” nekas netika atrasts. Mēģiniet ar mazāk vai citiem vārdiem.
search-results-count =
    { $count ->
        [0] Nav rezultātu
        [zero] { $count } rezultātu
        [one] { $count } rezultāts
       *[other] { $count } rezultāti
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Jūsu vaicājums tika saīsināts līdz pirmajām rakstzīmēm (ne vairāk kā { $max }).
search-notice-cut-words = Jūsu vaicājums tika saīsināts līdz pirmajiem vārdiem (ne vairāk kā { $max }).
search-notice-failed = Uz šo vaicājumu nevarēja atbildēt. Mēģiniet ar citiem vārdiem.
search-preparing = Meklēšana tiek sagatavota… Rezultāti parādīsies pēc brīža.
# $reason is a technical message in English.
search-unavailable = Meklēšana šajā sesijā nav pieejama: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Atrasts valodā: { $language }

## App: section view
present = Prezentēt
print = Drukāt
sources-title = Avoti
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Galvenie fakti: { $country }

## App: settings (kept on this device only)
settings = Iestatījumi
font-size = Teksta lielums
font-size-normal = Parasts
font-size-large = Liels
font-size-larger = Lielāks
font-size-largest = Vislielākais
theme = Krāsas
theme-auto = Kā sistēmā
theme-light = Gaišas
theme-dark = Tumšas
theme-contrast = Augsts kontrasts
settings-privacy = Iestatījumi tiek glabāti tikai šajā ierīcē. Meklējumi netiek saglabāti.

## App: presentation (audience screen) and presenter window
slide = slaids
slide-count = Slaids { $n } no { $total }
slide-prev = Iepriekšējais
slide-next = Nākamais
slide-overview = Pārskats
presenter-open = Prezentētāja skats
presentation-exit = Iziet
presenter-timer = Pagājušais laiks
presenter-start = Sākt taimeri
presenter-pause = Apturēt taimeri
presenter-reset = Atiestatīt taimeri
presenter-current = Pašreizējais slaids
presenter-notes = Runātāja piezīmes
presenter-no-notes = Šim slaidam piezīmju nav.
presenter-next = Nākamais: { $title }
presenter-last = Šis ir pēdējais slaids.
presenter-waiting = Sāciet prezentāciju galvenajā logā: tad šajā logā būs redzamas runātāja piezīmes.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Parādīt personai
person-choose-language = Izvēlieties savu valodu
person-choose-hint = Persona, kurai palīdz, var norādīt uz savu valodu.
person-other-language = Cita valoda
person-back = Atpakaļ uz rokasgrāmatu

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Nosūtīt personu
referral-intro = Izvēlieties, kur atrodaties un no kurienes ir persona: katram Transnacionālā nosūtīšanas mehānisma solim tiek parādīts, ar ko sazināties abās valstīs.
# Labels of the two country lists.
referral-here = Valsts, kurā atrodos
referral-origin = Personas izcelsmes valsts
referral-choose = Izvēlieties valsti
referral-origin-other = Cita valsts (nav šajā rokasgrāmatā)
referral-prompt = Izvēlieties abas valstis, lai redzētu soļus.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Valsts, kurā atrodos: { $here }. Personas izcelsmes valsts: { $origin }.
referral-case-other = Valsts, kurā atrodos: { $here }. Persona ir no valsts, kuru šī rokasgrāmata neaptver.
referral-domestic = Persona ir no tās pašas valsts, kurā atrodaties, tāpēc kontakti šajā valstī ({ $country }) parādīti vienreiz.
referral-other-note = Šajā rokasgrāmatā ir fakti tikai par Transnacionālā nosūtīšanas mehānisma valstīm, tāpēc parādīti tikai kontakti šajā valstī: { $country }.
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: valsts, kurā atrodaties
referral-side-origin = { $country }: personas izcelsmes valsts
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Nav šajā rokasgrāmatā: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = Valsts aprakstā: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Pāriet uz
referral-fallback = Soļi vēl nav pieejami šajā valodā: { $language }. Tie parādīti angliski.
referral-unknown-country = Valsts “{ $code }” šajā rokasgrāmatā nav. Izvēlieties valsti no saraksta.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Nosūtīt personu – valsts, kurā atrodos: { $country }
referral-link-origin = Nosūtīt personu – personas izcelsmes valsts: { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Izmantotā rokasgrāmata
guide-in-use-builtin = Rokasgrāmatas versija: { $version }, iebūvēta programmā.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Rokasgrāmatas versija: { $version }; datums: { $date }; instalēta: { $installed }; digitāli parakstījis: { $signer }.
update-install = Instalēt rokasgrāmatas atjauninājumu no faila…
update-drop-hint = Atjauninājuma failu (.trmpack) var arī ievilkt šajā logā.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Vai instalēt šo rokasgrāmatas atjauninājumu?
# $replaces is the version of the guide in use now.
update-confirm-body = Rokasgrāmatas versija: { $version }; datums: { $date }; digitāli parakstījis: { $signer }. Tā aizstāj versiju { $replaces }. Ko tā maina:
update-confirm-install = Instalēt
update-confirm-cancel = Atcelt
update-installed = Tagad tiek izmantota rokasgrāmatas versija { $version }.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Atjauninājums netika instalēts: { $reason }
update-roll-back = Atgriezties pie rokasgrāmatas versijas { $version }
update-roll-back-builtin = Atgriezties pie programmā iebūvētās rokasgrāmatas
update-rolled-back = Atkal tiek izmantota rokasgrāmatas versija { $version }.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Instalēto rokasgrāmatas atjauninājumu nevarēja nolasīt, tāpēc tiek izmantota iepriekšējā rokasgrāmata. Instalējiet atjauninājumu vēlreiz. Sīkāka informācija: { $reason }
update-refused-at-start = Instalētais rokasgrāmatas atjauninājums netika izmantots, jo tas neizturēja pārbaudi, tāpēc tiek izmantota iepriekšējā rokasgrāmata. Sīkāka informācija: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Kas mainījies
# $date is the day the update was installed.
changes-intro = Izmaiņas, ko veica rokasgrāmatas atjauninājums (instalēts: { $date }). Pārbaudiet tās, pirms paļaujaties uz to, ko atceraties.
changes-none = Tiek izmantota programmā iebūvētā rokasgrāmata: neviens atjauninājums to nav mainījis.
changes-facts = Kontakti un fakti
changes-sections = Sadaļas
# After a fact that the update added or removed.
changes-new = jauns
changes-gone = noņemts
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (izmaiņas citās valodās: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = izmaiņas

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Meklēt valodu
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Drukāt arī valodā: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Dažus iestatījumus šajā ierīcē nevarēja nolasīt, tāpēc tie tika atiestatīti: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Iestatījumus šajā ierīcē nevarēja nolasīt, tāpēc tie tika atiestatīti.
