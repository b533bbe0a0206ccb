# TRM Field Guide — user interface strings, Polish (pl). Translated from locales/en/app.ftl.
# Every message of the English file is here, with the same ids and variables.
# Polish plural categories (CLDR): one, few, many, other (other = fractions only; it carries the
# genitive plural so that a missing plural rule still gives a grammatical fallback). Where a variable is inserted into a sentence,
# the sentence is phrased so that it stays grammatical for every value (colon or brackets, nominative).

app-title = Przewodnik terenowy TRM

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Wersja robocza
status-written = Napisany
status-translated = Przetłumaczony
status-revised = Zweryfikowany
status-reviewed = Zatwierdzony
status-stale = Tłumaczenie nieaktualne
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Wersja robocza: tekst jest jeszcze pisany lub tłumaczony. Nie opieraj się jeszcze na nim.
status-meaning-written = Napisany: tekst angielski, kompletny, ze źródłem dla każdej informacji. Nikt poza autorem jeszcze go nie sprawdził.
status-meaning-translated = Przetłumaczony przez jednego tłumacza. Nikt poza tłumaczem nie porównał go jeszcze z tekstem angielskim.
status-meaning-revised = Zweryfikowany: niezależny weryfikator przeczytał całość, porównując ją z tekstem angielskim, a znalezione błędy poprawiono.
status-meaning-reviewed = Zatwierdzony: zweryfikowany i zatwierdzony przez wskazanego z imienia i nazwiska eksperta merytorycznego.
status-meaning-stale = Tekst angielski zmienił się od czasu powstania tego tłumaczenia: niektóre szczegóły mogą być nieaktualne.
fallback-notice = Ta sekcja nie jest jeszcze dostępna w tym języku ({ $language }). Jest wyświetlana po angielsku.
stale-notice = Angielski tekst źródłowy tej sekcji zmienił się od czasu jej przetłumaczenia. Niektóre szczegóły mogą być nieaktualne.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Krajowy koordynator
fact-contact-point = Punkt kontaktowy
fact-formal-identification = Formalna identyfikacja
fact-reflection-period = Okres do namysłu
fact-residence-permit = Zezwolenie na pobyt
fact-shelter = Schroniska i wsparcie
fact-hotline = Infolinia
fact-email = E-mail
fact-website = Strona internetowa
fact-return-contact = Powrót i reintegracja
fact-legal-basis = Podstawa prawna
fact-emergency = Numer alarmowy
fact-rapporteur = Krajowy sprawozdawca
fact-children = Dzieci
fact-return-programme = Program powrotów
fact-not-verified = Niezweryfikowane: { $reason }
fact-source = Źródło
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = stan informacji: { $date }
fact-undated = źródło nie podaje daty
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = sprawdzono { $date } z zapisaną kopią źródła
fact-checked-official-document = sprawdzono { $date } z opublikowanym tekstem
fact-checked-live-page = sprawdzono { $date } ze stroną internetową
fact-checked-in-writing = sprawdzono { $date } w pisemnej odpowiedzi instytucji
fact-outdated = Ta informacja może być nieaktualna: potwierdź ją, zanim się na niej oprzesz.
fact-run-by = Prowadzi: { $name }

## Phone numbers in country facts
phone-hours-always = W dzień i w nocy, codziennie
phone-hours-not-stated = Godziny nie są podane
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (czas lokalny)
phone-abroad-yes = Odbiera połączenia z zagranicy
phone-abroad-no = Nie można dzwonić z zagranicy
phone-abroad-not-stated = Nie podano, czy odbiera połączenia z zagranicy
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Na ten numer nie można zadzwonić z zagranicy: działa tylko wewnątrz kraju ({ $country }).
# The international form of a number, shown beside the local one.
phone-international = Z zagranicy: { $number }
phone-for-victims = Dla ofiar
phone-for-professionals = Dla specjalistów
phone-for-both = Dla ofiar i specjalistów
phone-for-public = Dla wszystkich
# $languages is a list of language names.
phone-languages = Języki: { $languages }

## Country names
country-bg = Bułgaria
country-dk = Dania
country-de = Niemcy
country-ee = Estonia
country-fi = Finlandia
country-is = Islandia
country-lv = Łotwa
country-lt = Litwa
country-no = Norwegia
country-pl = Polska
country-ro = Rumunia
country-se = Szwecja
country-ua = Ukraina

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = stan informacji: { $asof }; sprawdzono: { $checked }
source-undated = źródło nie podaje daty; sprawdzono: { $checked }
footnotes-title = Źródła i przypisy
callout-note = Uwaga
callout-tip = Wskazówka
callout-important = Ważne
callout-warning = Ostrzeżenie
callout-caution = Ostrożnie

## App: page frame and navigation
skip-to-content = Przejdź do treści
nav-contents = Spis treści
loading = Wczytywanie…
not-found = Tej strony nie ma w przewodniku.
guide-version = Wersja przewodnika: { $version }
external-link = Ta strona internetowa otwiera się poza aplikacją. Skopiuj adres do przeglądarki: { $url }

## App: languages
ui-language = Język interfejsu
content-language = Język treści
parallel-view = Obok tekstu w języku
parallel-off = (jeden język)

## App: search
search-label = Szukaj w przewodniku
search-placeholder = Szukaj (naciśnij / lub Ctrl+K)
search-no-results = Nic nie znaleziono dla „{ $query }”. Spróbuj wpisać mniej słów albo inne słowa.
search-results-count =
    { $count ->
        [0] Brak wyników
        [one] Jeden wynik
        [few] { $count } wyniki
        [many] { $count } wyników
       *[other] { $count } wyników
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars =
    { $max ->
        [one] Wyszukiwane hasło skrócono do pierwszego znaku.
       *[other] Wyszukiwane hasło skrócono do pierwszych { $max } znaków.
    }
search-notice-cut-words =
    { $max ->
        [one] Wyszukiwane hasło skrócono do pierwszego słowa.
       *[other] Wyszukiwane hasło skrócono do pierwszych { $max } słów.
    }
search-notice-failed = Nie udało się wykonać tego wyszukiwania. Spróbuj innych słów.
search-preparing = Trwa przygotowywanie wyszukiwarki… Wyniki pojawią się za chwilę.
# $reason is a technical message in English.
search-unavailable = Wyszukiwanie nie jest dostępne w tej sesji: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Znaleziono w języku: { $language }

## App: section view
present = Prezentuj
print = Drukuj
sources-title = Źródła
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Najważniejsze informacje: { $country }

## App: settings (kept on this device only)
settings = Ustawienia
font-size = Rozmiar tekstu
font-size-normal = Normalny
font-size-large = Duży
font-size-larger = Większy
font-size-largest = Największy
theme = Kolory
theme-auto = Jak w systemie
theme-light = Jasne
theme-dark = Ciemne
theme-contrast = Wysoki kontrast
settings-privacy = Ustawienia są przechowywane tylko na tym urządzeniu. Wyszukiwania nie są zapisywane.

## App: presentation (audience screen) and presenter window
slide = slajd
slide-count = Slajd { $n } z { $total }
slide-prev = Poprzedni
slide-next = Następny
slide-overview = Przegląd
presenter-open = Widok prezentera
presentation-exit = Zakończ
presenter-timer = Czas, który upłynął
presenter-start = Uruchom stoper
presenter-pause = Wstrzymaj stoper
presenter-reset = Wyzeruj stoper
presenter-current = Bieżący slajd
presenter-notes = Notatki prelegenta
presenter-no-notes = Brak notatek do tego slajdu.
presenter-next = Następny slajd: { $title }
presenter-last = To jest ostatni slajd.
presenter-waiting = Rozpocznij prezentację w oknie głównym: w tym oknie pojawią się wtedy notatki prelegenta.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Pokaż osobie
person-choose-language = Wybierz swój język
person-choose-hint = Osoba, której pomagasz, może wskazać swój język.
person-other-language = Inny język
person-back = Powrót do przewodnika

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Skieruj osobę
referral-intro = Wybierz, gdzie jesteś i skąd pochodzi osoba: każdy krok Transnarodowego Mechanizmu Kierowania zostanie pokazany z informacją, z kim się kontaktować w obu państwach.
# Labels of the two country lists.
referral-here = Kraj, w którym jestem
referral-origin = Kraj pochodzenia osoby
referral-choose = Wybierz kraj
referral-origin-other = Inny kraj (nieobjęty przewodnikiem)
referral-prompt = Wybierz oba kraje, aby zobaczyć kroki.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Kraj, w którym jestem: { $here }; kraj pochodzenia osoby: { $origin }.
referral-case-other = Kraj, w którym jestem: { $here }; osoba pochodzi z kraju, którego ten przewodnik nie obejmuje.
referral-domestic = Osoba pochodzi z kraju, w którym jesteś: kontakty w tym kraju ({ $country }) są pokazane raz.
referral-other-note = Ten przewodnik zawiera informacje tylko o państwach Transnarodowego Mechanizmu Kierowania: pokazane są tylko kontakty w kraju: { $country }.
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: tu jesteś
referral-side-origin = { $country }: kraj pochodzenia osoby
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Brak w tym przewodniku: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = W profilu państwa: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Przejdź do
referral-fallback = Kroki nie są jeszcze dostępne w tym języku ({ $language }). Są pokazane po angielsku.
referral-unknown-country = W tym przewodniku nie ma kraju o kodzie „{ $code }”. Wybierz kraj z listy.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Skieruj osobę – kraj, w którym jestem: { $country }
referral-link-origin = Skieruj osobę – kraj pochodzenia osoby: { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Używany przewodnik
guide-in-use-builtin = Przewodnik wbudowany w program, wersja { $version }.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Przewodnik w wersji { $version } z dnia { $date }, zainstalowany { $installed }. Podpis cyfrowy: { $signer }.
update-install = Zainstaluj aktualizację przewodnika z pliku…
update-drop-hint = Możesz też przeciągnąć plik aktualizacji (.trmpack) do tego okna.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Zainstalować tę aktualizację przewodnika?
# $replaces is the version of the guide in use now.
update-confirm-body = Przewodnik w wersji { $version } z dnia { $date }. Podpis cyfrowy: { $signer }. Zastępuje wersję { $replaces }. Co się zmieni:
update-confirm-install = Zainstaluj
update-confirm-cancel = Anuluj
update-installed = Teraz używany jest przewodnik w wersji { $version }.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Nie zainstalowano aktualizacji: { $reason }
update-roll-back = Wróć do przewodnika w wersji { $version }
update-roll-back-builtin = Wróć do przewodnika wbudowanego w program
update-rolled-back = Ponownie używany jest przewodnik w wersji { $version }.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Nie udało się odczytać zainstalowanej aktualizacji przewodnika, dlatego używany jest poprzedni przewodnik. Zainstaluj aktualizację ponownie. Szczegóły: { $reason }
update-refused-at-start = Zainstalowana aktualizacja przewodnika nie została użyta, ponieważ nie przeszła weryfikacji, dlatego używany jest poprzedni przewodnik. Szczegóły: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Co się zmieniło
# $date is the day the update was installed.
changes-intro = Zmiany wprowadzone przez aktualizację przewodnika zainstalowaną { $date }. Sprawdź je, zanim oprzesz się na tym, co pamiętasz.
changes-none = Używany jest przewodnik wbudowany w program: żadna aktualizacja go nie zmieniła.
changes-facts = Kontakty i informacje
changes-sections = Sekcje
# After a fact that the update added or removed.
changes-new = dodano
changes-gone = usunięto
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (zmieniono w innych wersjach językowych: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = zmieniono

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Znajdź język
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Drukuj także w języku: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Przywrócono wartości domyślne ustawień, których nie udało się odczytać na tym urządzeniu: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Nie udało się odczytać ustawień na tym urządzeniu, więc przywrócono ich wartości domyślne.
