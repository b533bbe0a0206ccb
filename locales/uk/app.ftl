# TRM Field Guide — рядки інтерфейсу, українська.
# Переклад locales/en/app.ftl: ті самі ідентифікатори повідомлень, ті самі змінні { $name }.

app-title = Польовий посібник ТМП

## Translation status of a section
status-draft = Чернетка
status-translated = Перекладено
status-reviewed = Перевірено фахівцем
status-stale = Переклад застарів
fallback-notice = Цей розділ ще не доступний мовою: { $language }. Його показано англійською.
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
fact-not-verified = Не перевірено: { $reason }
fact-source = Джерело

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
# Пишеться перед датою джерела у виносках розділу: «(перевірено 2026-11-29)».
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
# Українські категорії множини: one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25–30…), other (дробові).
search-results-count =
    { $count ->
        [0] Немає результатів
        [one] { $count } результат
        [few] { $count } результати
        [many] { $count } результатів
       *[other] { $count } результату
    }
# Показується під результатом, знайденим іншою мовою; розділ відкривається мовою читача.
search-other-language = Знайдено мовою: { $language }

## App: section view
present = Показати як слайди
print = Друкувати
sources-title = Джерела
# Заголовок основних фактів профілю країни; $country — назва країни українською.
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
person-choose-hint = Людина, якій допомагають, може показати на свою мову.
person-other-language = Інша мова
person-back = Повернутися до посібника

## App: the referral view — "I am in <country>, the person is from <country>"
referral = Перенаправити особу
referral-intro = Оберіть, де ви перебуваєте і звідки походить особа: кожен крок Транснаціонального механізму перенаправлення буде показано з контактами в обох країнах.
referral-here = Я перебуваю в країні
referral-origin = Особа походить з країни
referral-choose = Оберіть країну
referral-origin-other = Інша країна (її немає в посібнику)
referral-prompt = Оберіть обидві країни, щоб побачити кроки.
referral-case = Я перебуваю в країні: { $here }. Особа походить з країни: { $origin }.
referral-case-other = Я перебуваю в країні: { $here }. Особа походить з країни, якої немає в цьому посібнику.
referral-domestic = Особа походить з тієї самої країни, де ви перебуваєте: контакти ({ $country }) показано один раз.
referral-other-note = У цьому посібнику є факти лише про країни Транснаціонального механізму перенаправлення: показано тільки контакти країни перебування ({ $country }).
referral-side-here = { $country }: де ви перебуваєте
referral-side-origin = { $country }: країна походження особи
referral-missing = Немає в цьому посібнику: { $facts }
referral-profile = У профілі країни: { $heading }
referral-step-links = Перейти до
referral-fallback = Кроки ще не доступні мовою: { $language }. Їх показано англійською.
referral-unknown-country = Країни «{ $code }» у цьому посібнику немає. Оберіть країну зі списку.
referral-link-here = Перенаправити особу: я перебуваю в країні { $country }
referral-link-origin = Перенаправити особу: особа походить з країни { $country }

## Added with the fact model of issue 10 (statuses, dates, phone numbers)
status-written = Написано
status-revised = Відредаговано
status-meaning-draft = Чернетка: текст ще пишуть або перекладають. Поки що не покладайтеся на нього.
status-meaning-written = Написано: повний англійський текст, кожен факт має джерело. Друга людина його ще не перевіряла.
status-meaning-translated = Переклав один перекладач. Ніхто інший ще не звірив його з англійським текстом.
status-meaning-revised = Відредаговано: незалежний редактор повністю звірив текст з англійським, знайдені помилки виправлено.
status-meaning-reviewed = Перевірено фахівцем: текст відредаговано, і названий фахівець з цієї теми його затвердив.
status-meaning-stale = Англійський текст змінився після перекладу: деякі подробиці можуть бути застарілими.
fact-rapporteur = Національний доповідач
fact-children = Діти
fact-return-programme = Програма повернення
fact-as-of = інформація станом на { $date }
fact-undated = джерело не зазначає дати
fact-checked-stored-copy = звірено { $date } зі збереженою копією джерела
fact-checked-official-document = звірено { $date } з опублікованим текстом
fact-checked-live-page = звірено { $date } з вебсторінкою
fact-checked-in-writing = звірено { $date } письмово з установою
fact-outdated = Ця інформація може бути застарілою: перевірте її, перш ніж на неї покладатися.
fact-run-by = Веде: { $name }
phone-hours-always = Цілодобово, щодня
phone-hours-not-stated = Години роботи не зазначено
phone-hours = { $hours } (за місцевим часом)
phone-abroad-yes = Можна дзвонити з-за кордону
phone-abroad-no = З-за кордону зателефонувати не можна
phone-abroad-not-stated = Не зазначено, чи можна дзвонити з-за кордону
phone-unreachable = На цей номер не можна зателефонувати з-за кордону: він працює лише в межах країни ({ $country }).
phone-international = З-за кордону: { $number }
phone-for-victims = Для постраждалих
phone-for-professionals = Для фахівців
phone-for-both = Для постраждалих і фахівців
phone-for-public = Для всіх
phone-languages = Мови: { $languages }
source-dates = інформація станом на { $asof }; звірено { $checked }
source-undated = джерело не зазначає дати; звірено { $checked }
search-notice-cut-chars = Запит скорочено до перших { $max } символів.
search-notice-cut-words = Запит скорочено до перших { $max } слів.
search-notice-failed = На цей запит не вдалося відповісти. Спробуйте інші слова.
search-preparing = Пошук готується… Результати з’являться за мить.
search-unavailable = Пошук недоступний у цьому сеансі: { $reason }
