# TRM Field Guide — textele interfeței, română.
# Fiecare mesaj din locales/en/app.ftl trebuie să existe și aici: `fieldguide check` verifică acest lucru.
# Plural (CLDR, ro): one, few, other. Numele de țări și de limbi se inserează numai după „în”/„din”
# (forme care nu se schimbă) sau după două puncte, ca propoziția să fie corectă pentru orice valoare.

app-title = Ghid practic TRM

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Ciornă
status-written = Redactat
status-translated = Tradus
status-revised = Revizuit
status-reviewed = Avizat de un specialist
status-stale = Traducere neactualizată
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Ciornă: textul este încă în lucru sau în traducere. Nu vă bazați încă pe el.
status-meaning-written = Redactat: textul complet în engleză, cu o sursă pentru fiecare informație. Nu l-a verificat încă o a doua persoană.
status-meaning-translated = Tradus de un singur traducător. Nicio altă persoană nu l-a comparat încă cu textul în engleză.
status-meaning-revised = Revizuit: un revizor independent l-a comparat integral cu textul în engleză, iar problemele găsite au fost corectate.
status-meaning-reviewed = Avizat: revizuit și avizat de un specialist în domeniu, identificat prin nume.
status-meaning-stale = Textul în engleză s-a schimbat după realizarea acestei traduceri: unele detalii pot fi depășite.
fallback-notice = Această secțiune nu este încă tradusă în limba aleasă ({ $language }). Este afișată în engleză.
stale-notice = Textul sursă în engleză al acestei secțiuni s-a schimbat după traducere. Unele detalii pot fi depășite.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Coordonator național
fact-contact-point = Punct de contact
fact-formal-identification = Identificarea formală
fact-reflection-period = Perioada de recuperare și reflecție
fact-residence-permit = Permis de ședere
fact-shelter = Adăposturi și sprijin
fact-hotline = Linie telefonică
fact-email = E-mail
fact-website = Site web
fact-return-contact = Returnare și reintegrare
fact-legal-basis = Temei legal
fact-emergency = Urgențe
fact-rapporteur = Raportor național
fact-children = Copii
fact-return-programme = Program de returnare
fact-not-verified = Neverificat: { $reason }
fact-source = Sursa
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = informații valabile la: { $date }
fact-undated = sursa nu indică nicio dată
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = verificat la { $date } cu o copie stocată a sursei
fact-checked-official-document = verificat la { $date } cu textul publicat
fact-checked-live-page = verificat la { $date } cu pagina web
fact-checked-in-writing = verificat la { $date } în scris, cu instituția
fact-outdated = Aceste informații pot fi depășite: confirmați-le înainte să vă bazați pe ele.
fact-run-by = Administrat de: { $name }

## Phone numbers in country facts
phone-hours-always = Zi și noapte, în fiecare zi
phone-hours-not-stated = Programul nu este indicat
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (ora locală)
phone-abroad-yes = Poate fi apelat din străinătate
phone-abroad-no = Nu poate fi apelat din străinătate
phone-abroad-not-stated = Nu se precizează dacă poate fi apelat din străinătate
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Nu puteți suna la acest număr din străinătate: funcționează numai în țară ({ $country }).
# The international form of a number, shown beside the local one.
phone-international = Din străinătate: { $number }
phone-for-victims = Pentru victime
phone-for-professionals = Pentru profesioniști
phone-for-both = Pentru victime și profesioniști
phone-for-public = Pentru oricine
# $languages is a list of language names.
phone-languages = Limbi: { $languages }

## Country names
country-bg = Bulgaria
country-dk = Danemarca
country-de = Germania
country-ee = Estonia
country-fi = Finlanda
country-is = Islanda
country-lv = Letonia
country-lt = Lituania
country-no = Norvegia
country-pl = Polonia
country-ro = România
country-se = Suedia
country-ua = Ucraina

## Words inside rendered sections
# After a source in a section's footnotes: "(informații valabile la: 2024; verificat: 2026-12-01)".
source-dates = informații valabile la: { $asof }; verificat: { $checked }
source-undated = sursa nu indică nicio dată; verificat: { $checked }
footnotes-title = Surse și note
callout-note = Notă
callout-tip = Sfat
callout-important = Important
callout-warning = Atenție
callout-caution = Precauție

## App: page frame and navigation
skip-to-content = Salt la conținut
nav-contents = Cuprins
loading = Se încarcă…
not-found = Această pagină nu există în ghid.
guide-version = Versiunea ghidului: { $version }
external-link = Această pagină web se deschide în afara aplicației. Copiați adresa într-un browser: { $url }

## App: languages
ui-language = Limba interfeței
content-language = Limba conținutului
parallel-view = Alături de
parallel-off = (o singură limbă)

## App: search
search-label = Căutați în ghid
search-placeholder = Căutare (apăsați / sau Ctrl+K)
search-no-results = Nu s-a găsit nimic pentru „{ $query }”. Încercați mai puține cuvinte sau alte cuvinte.
search-results-count =
    { $count ->
        [0] Niciun rezultat
        [one] Un rezultat
        [few] { $count } rezultate
       *[other] { $count } de rezultate
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars =
    { $max ->
        [one] Căutarea a fost scurtată la primul caracter.
        [few] Căutarea a fost scurtată la primele { $max } caractere.
       *[other] Căutarea a fost scurtată la primele { $max } de caractere.
    }
search-notice-cut-words =
    { $max ->
        [one] Căutarea a fost scurtată la primul cuvânt.
        [few] Căutarea a fost scurtată la primele { $max } cuvinte.
       *[other] Căutarea a fost scurtată la primele { $max } de cuvinte.
    }
search-notice-failed = Această căutare nu a putut primi un răspuns. Încercați alte cuvinte.
search-preparing = Căutarea se pregătește… Rezultatele apar imediat.
# $reason is a technical message in English.
search-unavailable = Căutarea nu este disponibilă în această sesiune: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Găsit în altă limbă: { $language }

## App: section view
present = Prezentare
print = Tipărire
sources-title = Surse
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Date esențiale: { $country }

## App: settings (kept on this device only)
settings = Setări
font-size = Mărimea textului
font-size-normal = Normală
font-size-large = Mare
font-size-larger = Mai mare
font-size-largest = Cea mai mare
theme = Culori
theme-auto = Conform sistemului
theme-light = Luminos
theme-dark = Întunecat
theme-contrast = Contrast ridicat
settings-privacy = Setările sunt păstrate doar pe acest dispozitiv. Căutările nu sunt salvate.

## App: presentation (audience screen) and presenter window
slide = diapozitiv
slide-count = Diapozitivul { $n } din { $total }
slide-prev = Înapoi
slide-next = Înainte
slide-overview = Privire de ansamblu
presenter-open = Vizualizare prezentator
presentation-exit = Ieșire
presenter-timer = Timp scurs
presenter-start = Porniți cronometrul
presenter-pause = Opriți temporar cronometrul
presenter-reset = Resetați cronometrul
presenter-current = Diapozitivul curent
presenter-notes = Note pentru prezentator
presenter-no-notes = Nu există note pentru acest diapozitiv.
presenter-next = Următorul: { $title }
presenter-last = Acesta este ultimul diapozitiv.
presenter-waiting = Porniți o prezentare în fereastra principală: apoi această fereastră va afișa notele pentru prezentator.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Arătați persoanei
person-choose-language = Alegeți limba
person-choose-hint = Persoana ajutată poate arăta cu degetul limba sa.
person-other-language = Altă limbă
person-back = Înapoi la ghid

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Referirea unei persoane
referral-intro = Alegeți unde vă aflați și de unde provine persoana: fiecare pas al Mecanismului Transnațional de Referire este afișat cu persoanele de contact din ambele țări.
# Labels of the two country lists.
referral-here = Mă aflu în
referral-origin = Persoana este din
referral-choose = Alegeți o țară
referral-origin-other = Altă țară (nu este inclusă în ghid)
referral-prompt = Alegeți ambele țări pentru a vedea pașii.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Mă aflu în { $here }; persoana este din { $origin }.
referral-case-other = Mă aflu în { $here }; persoana este dintr-o țară pe care acest ghid nu o cuprinde.
referral-domestic = Persoana este din țara în care vă aflați: contactele din { $country } sunt afișate o singură dată.
referral-other-note = Acest ghid conține informații doar pentru țările Mecanismului Transnațional de Referire: sunt afișate doar contactele din { $country }.
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: unde vă aflați
referral-side-origin = { $country }: țara persoanei
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Nu există în acest ghid: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = În profilul țării: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Mergeți la
referral-fallback = Pașii nu sunt încă traduși în limba aleasă ({ $language }). Sunt afișați în engleză.
referral-unknown-country = Țara „{ $code }” nu există în acest ghid. Alegeți o țară din listă.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Referirea unei persoane: mă aflu în { $country }
referral-link-origin = Referirea unei persoane: persoana este din { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Ghidul utilizat
guide-in-use-builtin = Versiunea { $version } a ghidului, integrată în program.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Versiunea { $version } a ghidului, din { $date }, instalată la { $installed }, semnată digital de { $signer }.
update-install = Instalați o actualizare a ghidului dintr-un fișier…
update-drop-hint = Puteți trage și un fișier de actualizare (.trmpack) în această fereastră.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Doriți să instalați această actualizare a ghidului?
# $replaces is the version of the guide in use now.
update-confirm-body = Versiunea { $version } a ghidului, din { $date }, semnată digital de { $signer }. Înlocuiește versiunea { $replaces }. Ce modificări aduce:
update-confirm-install = Instalare
update-confirm-cancel = Anulare
update-installed = Acum este folosită versiunea { $version } a ghidului.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Actualizarea nu a fost instalată: { $reason }
update-roll-back = Reveniți la versiunea { $version } a ghidului
update-roll-back-builtin = Reveniți la ghidul integrat în program
update-rolled-back = Se folosește din nou versiunea { $version } a ghidului.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Actualizarea instalată a ghidului nu a putut fi citită, așa că se folosește ghidul anterior. Instalați din nou actualizarea. Detalii: { $reason }
update-refused-at-start = Actualizarea instalată a ghidului nu a fost folosită pentru că nu a trecut verificarea, așa că se folosește ghidul anterior. Detalii: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Ce s-a schimbat
# $date is the day the update was installed.
changes-intro = Modificările aduse de actualizarea ghidului instalată la { $date }. Verificați-le înainte să vă bazați pe ce vă amintiți.
changes-none = Ghidul folosit este cel integrat în program: nicio actualizare nu l-a modificat.
changes-facts = Contacte și informații
changes-sections = Secțiuni
# After a fact that the update added or removed.
changes-new = adăugat
changes-gone = eliminat
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (modificată în alte limbi: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = modificat

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Căutați o limbă
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Tipărire și în limba: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Unele setări de pe acest dispozitiv nu au putut fi citite și au fost resetate: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Setările de pe acest dispozitiv nu au putut fi citite și au fost resetate.
