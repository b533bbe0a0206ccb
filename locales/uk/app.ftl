# TRM Field Guide — рядки інтерфейсу, українська.
# Переклад locales/en/app.ftl: ті самі ідентифікатори повідомлень, ті самі змінні { $name }.

app-title = Польовий посібник ТМП

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Чернетка
status-written = Написано
status-translated = Перекладено
status-revised = Відредаговано
status-reviewed = Перевірено фахівцем
status-stale = Переклад застарів
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Чернетка: текст ще пишуть або перекладають. Поки що не покладайтеся на нього.
status-meaning-written = Написано: повний англійський текст, кожен факт має джерело. Друга людина його ще не перевіряла.
status-meaning-translated = Переклав один перекладач. Ніхто інший ще не звірив його з англійським текстом.
status-meaning-revised = Відредаговано: незалежний редактор повністю звірив текст з англійським, знайдені помилки виправлено.
status-meaning-reviewed = Перевірено фахівцем: текст відредаговано, і названий фахівець з цієї теми його затвердив.
status-meaning-stale = Англійський текст змінився після перекладу: деякі подробиці можуть бути застарілими.
fallback-notice = Цей розділ ще недоступний мовою: { $language }. Його показано англійською.
stale-notice = Англійський текст цього розділу змінився після перекладу. Деякі подробиці можуть бути застарілими.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Національний координатор
fact-contact-point = Контактний пункт
fact-formal-identification = Формальна ідентифікація
fact-reflection-period = Період відновлення та роздумів
fact-residence-permit = Посвідка на проживання
fact-shelter = Притулки та підтримка
fact-hotline = Гаряча лінія
fact-email = Електронна пошта
fact-website = Вебсайт
fact-return-contact = Повернення і реінтеграція
fact-legal-basis = Правова підстава
fact-emergency = Екстрені служби
fact-rapporteur = Національний доповідач
fact-children = Діти
fact-return-programme = Програма повернення
fact-not-verified = Не перевірено: { $reason }
fact-source = Джерело
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = інформація станом на { $date }
fact-undated = джерело не зазначає дати
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = звірено { $date } зі збереженою копією джерела
fact-checked-official-document = звірено { $date } з опублікованим текстом
fact-checked-live-page = звірено { $date } з вебсторінкою
fact-checked-in-writing = звірено { $date } письмово з установою
fact-outdated = Ця інформація може бути застарілою: перевірте її, перш ніж на неї покладатися.
fact-run-by = Веде: { $name }

## Phone numbers in country facts
phone-hours-always = Цілодобово, щодня
phone-hours-not-stated = Години роботи не зазначено
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (за місцевим часом)
phone-abroad-yes = Можна дзвонити з-за кордону
phone-abroad-no = З-за кордону зателефонувати не можна
phone-abroad-not-stated = Не зазначено, чи можна дзвонити з-за кордону
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = На цей номер не можна зателефонувати з-за кордону: він працює лише в межах країни ({ $country }).
# The international form of a number, shown beside the local one.
phone-international = З-за кордону: { $number }
phone-for-victims = Для постраждалих
phone-for-professionals = Для фахівців
phone-for-both = Для постраждалих і фахівців
phone-for-public = Для всіх
# $languages is a list of language names.
phone-languages = Мови: { $languages }

## Country names
country-bg = Болгарія
country-dk = Данія
country-de = Німеччина
country-ee = Естонія
country-fi = Фінляндія
country-is = Ісландія
country-lv = Латвія
country-lt = Литва
country-no = Норвегія
country-pl = Польща
country-ro = Румунія
country-se = Швеція
country-ua = Україна

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = інформація станом на { $asof }; звірено { $checked }
source-undated = джерело не зазначає дати; звірено { $checked }
footnotes-title = Джерела та примітки
callout-note = Примітка
callout-tip = Порада
callout-important = Важливо
callout-warning = Увага
callout-caution = Обережно

## App: page frame and navigation
skip-to-content = Перейти до змісту
nav-contents = Зміст
loading = Завантаження…
not-found = Такої сторінки в посібнику немає.
guide-version = Версія посібника { $version }
external-link = Ця вебсторінка відкривається поза застосунком. Скопіюйте адресу в браузер: { $url }

## App: languages
ui-language = Мова інтерфейсу
content-language = Мова змісту
parallel-view = Поруч з мовою
parallel-off = (одна мова)

## App: search
search-label = Пошук у посібнику
search-placeholder = Пошук (натисніть / або Ctrl+K)
search-no-results = За запитом «{ $query }» нічого не знайдено. Спробуйте менше слів або інші слова.
# Українські категорії множини (CLDR): one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25–30…), other (дробові).
search-results-count =
    { $count ->
        [0] Немає результатів
        [one] { $count } результат
        [few] { $count } результати
        [many] { $count } результатів
       *[other] { $count } результату
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars =
    Запит скорочено до перших { $max } { $max ->
        [one] символу
       *[other] символів
    }.
search-notice-cut-words =
    Запит скорочено до перших { $max } { $max ->
        [one] слова
       *[other] слів
    }.
search-notice-failed = На цей запит не вдалося відповісти. Спробуйте інші слова.
search-preparing = Пошук готується… Результати з’являться за мить.
# $reason is a technical message in English.
search-unavailable = Пошук недоступний у цьому сеансі: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Знайдено мовою: { $language }

## App: section view
present = Показати як слайди
print = Друкувати
sources-title = Джерела
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Основні факти: { $country }

## App: settings (kept on this device only)
settings = Налаштування
font-size = Розмір тексту
font-size-normal = Звичайний
font-size-large = Великий
font-size-larger = Більший
font-size-largest = Найбільший
theme = Колірна схема
theme-auto = Як у системі
theme-light = Світла
theme-dark = Темна
theme-contrast = Висока контрастність
settings-privacy = Налаштування зберігаються лише на цьому пристрої. Пошукові запити не зберігаються.

## App: presentation (audience screen) and presenter window
slide = слайд
slide-count = Слайд { $n } з { $total }
slide-prev = Назад
slide-next = Далі
slide-overview = Огляд
presenter-open = Режим доповідача
presentation-exit = Вийти
presenter-timer = Минуло часу
presenter-start = Запустити таймер
presenter-pause = Призупинити таймер
presenter-reset = Скинути таймер
presenter-current = Поточний слайд
presenter-notes = Нотатки доповідача
presenter-no-notes = Для цього слайда немає нотаток.
presenter-next = Далі: { $title }
presenter-last = Це останній слайд.
presenter-waiting = Почніть презентацію в головному вікні: тоді в цьому вікні з'являться нотатки доповідача.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Показати особі
person-choose-language = Оберіть свою мову
person-choose-hint = Людина, якій допомагають, може вказати на свою мову.
person-other-language = Інша мова
person-back = Повернутися до посібника

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Перенаправити особу
referral-intro = Оберіть, де ви перебуваєте і звідки походить особа: кожен крок Транснаціонального механізму перенаправлення буде показано з контактами в обох країнах.
# Labels of the two country lists.
referral-here = Я перебуваю в країні
referral-origin = Особа походить з країни
referral-choose = Оберіть країну
referral-origin-other = Інша країна (її немає в посібнику)
referral-prompt = Оберіть обидві країни, щоб побачити кроки.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Я перебуваю в країні: { $here }. Особа походить з країни: { $origin }.
referral-case-other = Я перебуваю в країні: { $here }. Особа походить з країни, якої немає в цьому посібнику.
referral-domestic = Особа походить з тієї самої країни, де ви перебуваєте: контакти ({ $country }) показано один раз.
referral-other-note = У цьому посібнику є факти лише про країни Транснаціонального механізму перенаправлення: показано тільки контакти країни перебування ({ $country }).
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: де ви перебуваєте
referral-side-origin = { $country }: країна походження особи
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Немає в цьому посібнику: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = У профілі країни: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Перейти
referral-fallback = Кроки ще недоступні мовою: { $language }. Їх показано англійською.
referral-unknown-country = Країни «{ $code }» у цьому посібнику немає. Оберіть країну зі списку.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Перенаправити особу: моя країна перебування — { $country }
referral-link-origin = Перенаправити особу: країна походження особи — { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Поточний посібник
guide-in-use-builtin = Версія посібника { $version }, вбудована в програму.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Версія посібника { $version } від { $date }, встановлена { $installed }. Цифровий підпис: { $signer }.
update-install = Встановити оновлення посібника з файлу…
update-drop-hint = Файл оновлення (.trmpack) можна також перетягнути в це вікно.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Встановити це оновлення посібника?
# $replaces is the version of the guide in use now.
update-confirm-body = Версія посібника { $version } від { $date }. Цифровий підпис: { $signer }. Вона замінює версію { $replaces }. Що змінюється:
update-confirm-install = Встановити
update-confirm-cancel = Скасувати
update-installed = Тепер використовується версія посібника { $version }.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Оновлення не встановлено: { $reason }
update-roll-back = Повернутися до версії посібника { $version }
update-roll-back-builtin = Повернутися до посібника, вбудованого в програму
update-rolled-back = Знову використовується версія посібника { $version }.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Не вдалося прочитати встановлене оновлення посібника, тому використовується попередній посібник. Встановіть оновлення ще раз. Подробиці: { $reason }
update-refused-at-start = Встановлене оновлення посібника не використано, бо воно не пройшло перевірку, тому використовується попередній посібник. Подробиці: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Що змінилося
# $date is the day the update was installed.
changes-intro = Зміни, внесені оновленням посібника, встановленим { $date }. Перевірте їх, перш ніж покладатися на те, що пам’ятаєте.
changes-none = Використовується посібник, вбудований у програму: жодне оновлення його не змінювало.
changes-facts = Контакти та факти
changes-sections = Розділи
# After a fact that the update added or removed.
changes-new = додано
changes-gone = вилучено
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (змінено в інших мовних версіях: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = змінено

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Пошук мови
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Друкувати також мовою: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Деякі налаштування на цьому пристрої не вдалося прочитати, тому їх скинуто: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Налаштування на цьому пристрої не вдалося прочитати, тому їх скинуто.
