# TRM Field Guide — textele interfeței, română.
# Fiecare mesaj din locales/en/app.ftl trebuie să existe și aici: `fieldguide check` verifică acest lucru.

app-title = Ghid practic TRM

## Translation status of a section
status-draft = Ciornă
status-translated = Tradus
status-reviewed = Aprobat de un specialist
status-stale = Traducere neactualizată
fallback-notice = Această secțiune nu este încă disponibilă în { $language }. Este afișată în engleză.
stale-notice = Textul sursă în engleză al acestei secțiuni s-a schimbat după traducere. Unele detalii pot fi depășite.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Coordonator național
fact-contact-point = Punct de contact
fact-formal-identification = Identificare formală
fact-reflection-period = Perioada de recuperare și reflecție
fact-residence-permit = Permis de ședere
fact-shelter = Adăposturi și sprijin
fact-hotline = Linie telefonică (hotline)
fact-email = E-mail
fact-website = Site web
fact-return-contact = Returnare și reintegrare
fact-legal-basis = Temei legal
fact-emergency = Urgențe
fact-not-verified = Neverificat: { $reason }
fact-source = Sursa

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
# Written before a source's date in a section's footnotes: "(verificat 2026-11-29)".
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
guide-version = Versiunea ghidului { $version }
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
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Găsit în { $language }

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
theme-auto = Ca sistemul
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
presenter-start = Pornește cronometrul
presenter-pause = Oprește temporar cronometrul
presenter-reset = Resetează cronometrul
presenter-current = Diapozitivul curent
presenter-notes = Note pentru prezentator
presenter-no-notes = Nu există note pentru acest diapozitiv.
presenter-next = Următorul: { $title }
presenter-last = Acesta este ultimul diapozitiv.
presenter-waiting = Porniți o prezentare în fereastra principală: apoi această fereastră va afișa notele pentru prezentator.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Arătați persoanei
person-choose-language = Alegeți limba dumneavoastră
person-choose-hint = Persoana asistată poate arăta cu degetul limba sa.
person-other-language = Altă limbă
person-back = Înapoi la ghid

## App: the referral view — "I am in <country>, the person is from <country>"
referral = Referirea unei persoane
referral-intro = Alegeți unde vă aflați și de unde provine persoana: fiecare pas al Mecanismului Transnațional de Referire este afișat cu datele de contact din ambele țări.
referral-here = Mă aflu în
referral-origin = Persoana este din
referral-choose = Alegeți o țară
referral-origin-other = Altă țară (nu este inclusă în ghid)
referral-prompt = Alegeți ambele țări pentru a vedea pașii.
referral-case = Mă aflu în { $here }; persoana este din { $origin }.
referral-case-other = Mă aflu în { $here }; persoana este dintr-o țară care nu este inclusă în acest ghid.
referral-domestic = Persoana este din țara în care vă aflați: datele de contact din { $country } sunt afișate o singură dată.
referral-other-note = Acest ghid conține date doar pentru țările Mecanismului Transnațional de Referire: sunt afișate doar datele de contact din { $country }.
referral-side-here = { $country }: unde vă aflați
referral-side-origin = { $country }: țara de origine a persoanei
referral-missing = Nu există în acest ghid: { $facts }
referral-profile = În profilul țării: { $heading }
referral-step-links = Mergeți la
referral-fallback = Pașii nu sunt încă disponibili în { $language }. Sunt afișați în engleză.
referral-unknown-country = Țara „{ $code }” nu există în acest ghid. Alegeți o țară din listă.
referral-link-here = Referirea unei persoane: mă aflu în { $country }
referral-link-origin = Referirea unei persoane: persoana este din { $country }

## Added with the fact model of issue 10 (statuses, dates, phone numbers)
status-written = Redactat
status-revised = Revizuit
status-meaning-draft = Ciornă: textul este încă în lucru sau în traducere. Nu vă bazați încă pe el.
status-meaning-written = Redactat: textul complet în engleză, cu sursă pentru fiecare fapt. Nu l-a verificat încă o a doua persoană.
status-meaning-translated = Tradus de un singur traducător. Nimeni altcineva nu l-a comparat încă cu textul în engleză.
status-meaning-revised = Revizuit: un revizor independent l-a comparat integral cu textul în engleză, iar problemele găsite au fost corectate.
status-meaning-reviewed = Aprobat: revizuit și aprobat de un specialist în domeniu, numit.
status-meaning-stale = Textul în engleză s-a schimbat după traducere: unele detalii pot fi depășite.
fact-rapporteur = Raportor național
fact-children = Copii
fact-return-programme = Program de întoarcere
fact-as-of = informații la data de { $date }
fact-undated = sursa nu indică o dată
fact-checked-stored-copy = verificat la { $date } cu o copie stocată a sursei
fact-checked-official-document = verificat la { $date } cu textul publicat
fact-checked-live-page = verificat la { $date } cu pagina web
fact-checked-in-writing = verificat la { $date } în scris cu instituția
fact-outdated = Aceste informații pot fi depășite: verificați-le înainte de a vă baza pe ele.
fact-run-by = Administrat de { $name }
phone-hours-always = Non-stop, în fiecare zi
phone-hours-not-stated = Programul nu este indicat
phone-hours = { $hours } (ora locală)
phone-abroad-yes = Poate fi apelat din străinătate
phone-abroad-no = Nu poate fi apelat din străinătate
phone-abroad-not-stated = Nu se indică dacă poate fi apelat din străinătate
phone-unreachable = Acest număr nu poate fi apelat din străinătate: funcționează doar în țară ({ $country }).
phone-international = Din străinătate: { $number }
phone-for-victims = Pentru victime
phone-for-professionals = Pentru specialiști
phone-for-both = Pentru victime și specialiști
phone-for-public = Pentru oricine
phone-languages = Limbi: { $languages }
source-dates = informații la data de { $asof }; verificat la { $checked }
source-undated = sursa nu indică o dată; verificat la { $checked }
search-notice-cut-chars = Căutarea a fost scurtată la primele { $max } caractere.
search-notice-cut-words = Căutarea a fost scurtată la primele { $max } cuvinte.
search-notice-failed = Această căutare nu a putut primi un răspuns. Încercați alte cuvinte.
search-preparing = Căutarea se pregătește… Rezultatele apar imediat.
search-unavailable = Căutarea nu este disponibilă în această sesiune: { $reason }
