# TRM Field Guide — user interface strings, Lithuanian (lt).
# Translated from locales/en/app.ftl; every message id and variable as in English.
# Plural categories (CLDR, lt): one (1, 21, 31…), few (2–9, 22–29…), many (fractions), other (0, 10–20, 30…).

app-title = TRM vadovas praktikams

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Juodraštis
status-written = Parašyta
status-translated = Išversta
status-revised = Peržiūrėta
status-reviewed = Patvirtinta
status-stale = Vertimas pasenęs
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Juodraštis: tekstas dar rašomas ar verčiamas. Kol kas juo nesiremkite.
status-meaning-written = Parašyta: anglų kalbos tekstas yra baigtas, kiekvienam faktui nurodytas šaltinis. Antras žmogus jo dar netikrino.
status-meaning-translated = Išvertė vienas vertėjas. Antras žmogus vertimo su anglų kalbos tekstu dar nepalygino.
status-meaning-revised = Peržiūrėta: nepriklausomas redaktorius visą tekstą perskaitė ir palygino su anglų kalbos tekstu, o rastos klaidos ištaisytos.
status-meaning-reviewed = Patvirtinta: peržiūrėta ir patvirtinta įvardyto srities eksperto.
status-meaning-stale = Anglų kalbos tekstas pasikeitė po to, kai buvo padarytas šis vertimas: kai kurios detalės gali būti pasenusios.
fallback-notice = Šio skyriaus dar nėra šia kalba: { $language }. Jis rodomas anglų kalba.
stale-notice = Šio skyriaus anglų kalbos šaltinis pasikeitė po to, kai skyrius buvo išverstas. Kai kurios detalės gali būti pasenusios.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Nacionalinis koordinatorius
fact-contact-point = Kontaktinis punktas
fact-formal-identification = Formalus nustatymas
fact-reflection-period = Apsvarstymo laikotarpis
fact-residence-permit = Leidimas gyventi
fact-shelter = Prieglaudos ir parama
fact-hotline = Pagalbos linija
fact-email = El. paštas
fact-website = Svetainė
fact-return-contact = Grįžimas ir reintegracija
fact-legal-basis = Teisinis pagrindas
fact-emergency = Skubioji pagalba
fact-rapporteur = Nacionalinis pranešėjas
fact-children = Vaikai
fact-return-programme = Grįžimo programa
fact-not-verified = Nepatikrinta: { $reason }
fact-source = Šaltinis
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = informacija pateikta: { $date }
fact-undated = šaltinyje data nenurodyta
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = patikrinta { $date } pagal išsaugotą šaltinio kopiją
fact-checked-official-document = patikrinta { $date } pagal paskelbtą tekstą
fact-checked-live-page = patikrinta { $date } pagal tinklalapį
fact-checked-in-writing = patikrinta { $date }, gavus rašytinį institucijos atsakymą
fact-outdated = Ši informacija gali būti pasenusi: prieš ja remdamiesi pasitikslinkite.
fact-run-by = Administruoja: { $name }

## Phone numbers in country facts
phone-hours-always = Dieną ir naktį, kasdien
phone-hours-not-stated = Darbo laikas nenurodytas
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (vietos laiku)
phone-abroad-yes = Atsiliepia į skambučius iš užsienio
phone-abroad-no = Iš užsienio skambinti negalima
phone-abroad-not-stated = Nenurodyta, ar atsiliepia į skambučius iš užsienio
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Šiuo numeriu iš užsienio skambinti negalima: jis veikia tik šioje valstybėje ({ $country }).
# The international form of a number, shown beside the local one.
phone-international = Iš užsienio: { $number }
phone-for-victims = Aukoms
phone-for-professionals = Specialistams
phone-for-both = Aukoms ir specialistams
phone-for-public = Visiems
# $languages is a list of language names.
phone-languages = Kalbos: { $languages }

## Country names
country-bg = Bulgarija
country-dk = Danija
country-de = Vokietija
country-ee = Estija
country-fi = Suomija
country-is = Islandija
country-lv = Latvija
country-lt = Lietuva
country-no = Norvegija
country-pl = Lenkija
country-ro = Rumunija
country-se = Švedija
country-ua = Ukraina

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = informacija pateikta: { $asof }; patikrinta: { $checked }
source-undated = šaltinyje data nenurodyta; patikrinta: { $checked }
footnotes-title = Šaltiniai ir pastabos
callout-note = Pastaba
callout-tip = Patarimas
callout-important = Svarbu
callout-warning = Įspėjimas
callout-caution = Atsargiai

## App: page frame and navigation
skip-to-content = Pereiti prie turinio
nav-contents = Turinys
loading = Įkeliama…
not-found = Šio puslapio vadove nėra.
guide-version = Vadovo versija { $version }
external-link = Šis tinklalapis atsidaro ne programėlėje. Nukopijuokite adresą į naršyklę: { $url }

## App: languages
ui-language = Sąsajos kalba
content-language = Turinio kalba
parallel-view = Greta su
parallel-off = (viena kalba)

## App: search
search-label = Ieškoti vadove
search-placeholder = Paieška (paspauskite / arba Ctrl+K)
search-no-results = Pagal užklausą „{ $query }“ nieko nerasta. Pabandykite mažiau arba kitų žodžių.
search-results-count =
    { $count ->
        [0] Rezultatų nėra
        [one] { $count } rezultatas
        [few] { $count } rezultatai
        [many] { $count } rezultato
       *[other] { $count } rezultatų
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars = Paieškos užklausa sutrumpinta. Didžiausias leidžiamas simbolių skaičius: { $max }.
search-notice-cut-words = Paieškos užklausa sutrumpinta. Didžiausias leidžiamas žodžių skaičius: { $max }.
search-notice-failed = Į šią paiešką atsakyti nepavyko. Pabandykite kitų žodžių.
search-preparing = Paieška ruošiama… Rezultatai netrukus pasirodys.
# $reason is a technical message in English.
search-unavailable = Šioje sesijoje paieška neveikia: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Rasta kita kalba: { $language }

## App: section view
present = Rodyti skaidres
print = Spausdinti
sources-title = Šaltiniai
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Svarbiausi faktai: { $country }

## App: settings (kept on this device only)
settings = Nustatymai
font-size = Teksto dydis
font-size-normal = Įprastas
font-size-large = Didelis
font-size-larger = Didesnis
font-size-largest = Didžiausias
theme = Spalvos
theme-auto = Kaip sistemoje
theme-light = Šviesios
theme-dark = Tamsios
theme-contrast = Didelis kontrastas
settings-privacy = Nustatymai saugomi tik šiame įrenginyje. Paieškos užklausos nesaugomos.

## App: presentation (audience screen) and presenter window
slide = skaidrė
slide-count = Skaidrė { $n } iš { $total }
slide-prev = Ankstesnė
slide-next = Kita
slide-overview = Apžvalga
presenter-open = Pranešėjo rodinys
presentation-exit = Išeiti
presenter-timer = Praėjęs laikas
presenter-start = Paleisti laikmatį
presenter-pause = Sustabdyti laikmatį
presenter-reset = Iš naujo nustatyti laikmatį
presenter-current = Dabartinė skaidrė
presenter-notes = Pranešėjo pastabos
presenter-no-notes = Šiai skaidrei pastabų nėra.
presenter-next = Toliau: { $title }
presenter-last = Tai paskutinė skaidrė.
presenter-waiting = Pradėkite pristatymą pagrindiniame lange: tada šiame lange bus rodomos pranešėjo pastabos.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Parodyti asmeniui
person-choose-language = Pasirinkite savo kalbą
person-choose-hint = Asmuo, kuriam padedama, gali parodyti savo kalbą.
person-other-language = Kita kalba
person-back = Atgal į vadovą

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Nukreipti asmenį
referral-intro = Pasirinkite, kur esate ir iš kur asmuo kilęs: kiekvienas tarpvalstybinio nukreipimo mechanizmo žingsnis rodomas su kontaktais abiejose valstybėse.
# Labels of the two country lists.
referral-here = Valstybė, kurioje esu
referral-origin = Asmens kilmės valstybė
referral-choose = Pasirinkite valstybę
referral-origin-other = Kita valstybė (šiame vadove nėra)
referral-prompt = Pasirinkite abi valstybes, kad pamatytumėte žingsnius.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Valstybė, kurioje esu: { $here }; asmens kilmės valstybė: { $origin }.
referral-case-other = Valstybė, kurioje esu: { $here }; asmuo kilęs iš valstybės, kurios šis vadovas neapima.
referral-domestic = Asmuo kilęs iš valstybės, kurioje esate: šios valstybės ({ $country }) kontaktai rodomi vieną kartą.
referral-other-note = Šiame vadove yra faktai tik apie tarpvalstybinio nukreipimo mechanizmo valstybes: rodomi tik valstybės, kurioje esate ({ $country }), kontaktai.
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: kur esate
referral-side-origin = { $country }: asmens kilmės valstybė
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Šiame vadove nėra: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = Valstybės profilyje: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Pereiti į
referral-fallback = Žingsnių dar nėra šia kalba: { $language }. Jie rodomi anglų kalba.
referral-unknown-country = Šiame vadove nėra valstybės „{ $code }“. Pasirinkite valstybę iš sąrašo.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Nukreipti asmenį: esu šioje valstybėje ({ $country })
referral-link-origin = Nukreipti asmenį: asmuo kilęs iš šios valstybės ({ $country })

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Naudojamas vadovas
guide-in-use-builtin = Vadovo versija { $version }, įtraukta į programą.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Vadovo versija { $version }, data: { $date }, įdiegta: { $installed }. Skaitmeniniu parašu pasirašė: { $signer }.
update-install = Įdiegti vadovo naujinį iš failo…
update-drop-hint = Naujinio failą (.trmpack) taip pat galite nutempti į šį langą.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Įdiegti šį vadovo naujinį?
# $replaces is the version of the guide in use now.
update-confirm-body = Vadovo versija { $version }, data: { $date }. Skaitmeniniu parašu pasirašė: { $signer }. Ji pakeičia versiją { $replaces }. Kas pasikeis:
update-confirm-install = Įdiegti
update-confirm-cancel = Atšaukti
update-installed = Dabar naudojama vadovo versija { $version }.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Naujinys neįdiegtas: { $reason }
update-roll-back = Grįžti prie vadovo versijos { $version }
update-roll-back-builtin = Grįžti prie į programą įtraukto vadovo
update-rolled-back = Vėl naudojama vadovo versija { $version }.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Įdiegto vadovo naujinio nepavyko nuskaityti, todėl naudojamas ankstesnis vadovas. Įdiekite naujinį dar kartą. Išsamiau: { $reason }
update-refused-at-start = Įdiegtas vadovo naujinys nebuvo naudojamas, nes neišlaikė patikros, todėl naudojamas ankstesnis vadovas. Išsamiau: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Kas pasikeitė
# $date is the day the update was installed.
changes-intro = Toliau nurodyta, ką pakeitė vadovo naujinys (įdiegtas: { $date }). Patikrinkite tai, prieš remdamiesi tuo, ką prisimenate.
changes-none = Naudojamas į programą įtrauktas vadovas: jo nepakeitė joks naujinys.
changes-facts = Kontaktai ir faktai
changes-sections = Skyriai
# After a fact that the update added or removed.
changes-new = pridėta
changes-gone = pašalinta
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (pakeista kitų kalbų versijose: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = pakeista

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Ieškoti kalbos
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Spausdinti ir šia kalba: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Kai kurių nustatymų šiame įrenginyje nepavyko nuskaityti, todėl jie buvo nustatyti iš naujo: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Šiame įrenginyje nepavyko nuskaityti nustatymų, todėl jie buvo nustatyti iš naujo.
