# TRM Field Guide — низове на потребителския интерфейс, български.
# Всяко съобщение от locales/en/app.ftl трябва да присъства тук: `fieldguide check` го проверява.
# Имената на държави се вмъкват така, че никой предлог да не зависи от името
# („в/във“, „с/със“): „Държава: { $country }“, „контактите за { $country }“.
# Български множествени форми по CLDR: one / other.

app-title = Ръководство за ТМН

## Status of a section: what has been done to its text (guide-content/reviews/<lang>.toml holds the record)
status-draft = Чернова
status-written = Написан
status-translated = Преведен
status-revised = Редактиран
status-reviewed = Одобрен от експерт
status-stale = Преводът е остарял
# What each status means: the badge's tooltip and the text beside it in the section's footer.
status-meaning-draft = Чернова: текстът още се пише или превежда. Не разчитайте на него.
status-meaning-written = Написан: пълният текст на английски, с източник за всеки факт. Втори човек още не го е проверил.
status-meaning-translated = Преведен от един преводач. Никой друг още не го е сверил с английския текст.
status-meaning-revised = Редактиран: независим редактор го е сверил изцяло с английския текст и откритите грешки са поправени.
status-meaning-reviewed = Одобрен от експерт: редактиран и одобрен от посочен по име специалист в областта.
status-meaning-stale = Английският текст е променен след превода: някои подробности може да не са актуални.
fallback-notice = Този раздел все още не е наличен на избрания език ({ $language }). Показан е на английски.
stale-notice = Английският текст на този раздел е променен след превода. Някои подробности може да не са актуални.

## Country profiles: labels of the facts in guide-content/countries/<cc>.toml
fact-national-coordinator = Национален координатор
fact-contact-point = Звено за контакт
fact-formal-identification = Формална идентификация
fact-reflection-period = Период за възстановяване и размисъл
fact-residence-permit = Разрешение за пребиваване
fact-shelter = Приюти и подкрепа
fact-hotline = Гореща линия
fact-email = Имейл
fact-website = Уебсайт
fact-return-contact = Завръщане и реинтеграция
fact-legal-basis = Правно основание
fact-emergency = Спешни случаи
fact-rapporteur = Национален докладчик
fact-children = Деца
fact-return-programme = Програма за завръщане
fact-not-verified = Непроверено: { $reason }
fact-source = Източник
# The date of the information in the source ($date is a year, a month or a day, already formatted).
fact-as-of = информация към { $date }
fact-undated = източникът не посочва дата
# When and how a fact was compared with its source. $date is formatted.
fact-checked-stored-copy = сверено на { $date } със съхранено копие на източника
fact-checked-official-document = сверено на { $date } с публикувания текст
fact-checked-live-page = сверено на { $date } с уебстраницата
fact-checked-in-writing = сверено на { $date } писмено с институцията
fact-outdated = Тази информация може да не е актуална: проверете я, преди да разчитате на нея.
fact-run-by = Поддържа се от: { $name }

## Phone numbers in country facts
phone-hours-always = Денонощно, всеки ден
phone-hours-not-stated = Работното време не е посочено
# Opening hours in the country's local time; $hours is e.g. "Mon–Fri 09:00–16:30".
phone-hours = { $hours } (местно време)
phone-abroad-yes = Приема обаждания от чужбина
phone-abroad-no = Не може да се набира от чужбина
phone-abroad-not-stated = Не е посочено дали приема обаждания от чужбина
# In the referral view, for a number of the person's country that does not answer from abroad.
phone-unreachable = Този номер не може да се набира от чужбина. Работи само в държавата: { $country }.
# The international form of a number, shown beside the local one.
phone-international = От чужбина: { $number }
phone-for-victims = За жертви
phone-for-professionals = За специалисти
phone-for-both = За жертви и специалисти
phone-for-public = За всички
# $languages is a list of language names.
phone-languages = Езици: { $languages }

## Country names
country-bg = България
country-dk = Дания
country-de = Германия
country-ee = Естония
country-fi = Финландия
country-is = Исландия
country-lv = Латвия
country-lt = Литва
country-no = Норвегия
country-pl = Полша
country-ro = Румъния
country-se = Швеция
country-ua = Украйна

## Words inside rendered sections
# After a source in a section's footnotes: "(information as of 2024; checked 2026-12-01)".
source-dates = информация към { $asof }; сверено на { $checked }
source-undated = източникът не посочва дата; сверено на { $checked }
footnotes-title = Източници и бележки
callout-note = Бележка
callout-tip = Съвет
callout-important = Важно
callout-warning = Внимание
callout-caution = Предупреждение

## App: page frame and navigation
skip-to-content = Към съдържанието
nav-contents = Съдържание
loading = Зареждане…
not-found = Тази страница не съществува в ръководството.
guide-version = Версия на ръководството: { $version }
external-link = Тази уебстраница се отваря извън приложението. Копирайте адреса в браузър: { $url }

## App: languages
ui-language = Език на интерфейса
content-language = Език на съдържанието
parallel-view = Паралелно с
parallel-off = (един език)

## App: search
search-label = Търсене в ръководството
search-placeholder = Търсене (натиснете / или Ctrl+K)
search-no-results = Няма резултати за „{ $query }“. Опитайте с по-малко или с други думи.
search-results-count =
    { $count ->
        [0] Няма резултати
        [one] Един резултат
       *[other] { $count } резултата
    }
# Search notices (a search's `notice`): $max is a number.
search-notice-cut-chars =
    { $max ->
        [one] Търсенето е съкратено до първия знак.
       *[other] Търсенето е съкратено до първите { $max } знака.
    }
search-notice-cut-words =
    { $max ->
        [one] Търсенето е съкратено до първата дума.
       *[other] Търсенето е съкратено до първите { $max } думи.
    }
search-notice-failed = Това търсене не може да бъде изпълнено. Опитайте с други думи.
search-preparing = Търсенето се подготвя… Резултатите ще се появят след малко.
# $reason is a technical message in English.
search-unavailable = Търсенето не е достъпно в тази сесия: { $reason }
# Shown under a hit that was found in another language; the section opens in the reader's language.
search-other-language = Намерено на друг език: { $language }

## App: section view
present = Представяне
print = Печат
sources-title = Източници
# Heading of a country profile's facts; $country is the localized country name.
country-facts = Основни факти: { $country }

## App: settings (kept on this device only)
settings = Настройки
font-size = Размер на текста
font-size-normal = Нормален
font-size-large = Голям
font-size-larger = По-голям
font-size-largest = Най-голям
theme = Цветове
theme-auto = Като системата
theme-light = Светли
theme-dark = Тъмни
theme-contrast = Висок контраст
settings-privacy = Настройките се пазят само на това устройство. Търсенията не се съхраняват.

## App: presentation (audience screen) and presenter window
slide = слайд
slide-count = Слайд { $n } от { $total }
slide-prev = Предишен
slide-next = Следващ
slide-overview = Преглед
presenter-open = Изглед за презентатора
presentation-exit = Изход
presenter-timer = Изминало време
presenter-start = Пускане на таймера
presenter-pause = Пауза на таймера
presenter-reset = Нулиране на таймера
presenter-current = Текущ слайд
presenter-notes = Бележки на презентатора
presenter-no-notes = Няма бележки за този слайд.
presenter-next = Следва: { $title }
presenter-last = Това е последният слайд.
presenter-waiting = Започнете презентация в основния прозорец: тогава този прозорец ще показва бележките на презентатора.

## App: "Show to the person" — the rights leaflet in the person's language
show-person = Покажете на човека
person-choose-language = Изберете своя език
person-choose-hint = Човекът, на когото се помага, може да посочи своя език.
person-other-language = Друг език
person-back = Обратно към ръководството

## App: the referral view — "I am in <country>, the person is from <country>"
# The top-bar link and the view's title.
referral = Насочване на човек
referral-intro = Изберете къде се намирате и откъде е човекът: всяка стъпка от Транснационалния механизъм за насочване се показва с контактите в двете държави.
# Labels of the two country lists.
referral-here = Държава, в която се намирам
referral-origin = Държава, от която е човекът
referral-choose = Изберете държава
referral-origin-other = Друга държава (не е включена в ръководството)
referral-prompt = Изберете двете държави, за да видите стъпките.
# Above the steps (printed) and announced to screen readers when they change.
referral-case = Държава, в която се намирам: { $here }. Държава, от която е човекът: { $origin }.
referral-case-other = Държава, в която се намирам: { $here }. Човекът е от държава, която не е включена в ръководството.
referral-domestic = Човекът е от държавата, в която се намирате: контактите за { $country } са показани веднъж.
referral-other-note = Ръководството съдържа факти само за държавите от Транснационалния механизъм за насочване: показани са само контактите за { $country }.
# Headings of the two columns of facts at each step.
referral-side-here = { $country }: където се намирате
referral-side-origin = { $country }: държавата на произход на човека
# $facts is a list of fact labels, e.g. "Emergency, National coordinator".
referral-missing = Липсва в ръководството: { $facts }
# $heading is a heading of the country's profile, e.g. "Return and reintegration".
referral-profile = В профила на държавата: { $heading }
# Names the list of links to headings of a step's section ("Do now", "Cross-border: …").
referral-step-links = Към
referral-fallback = Стъпките все още не са налични на избрания език ({ $language }). Показани са на английски.
referral-unknown-country = В ръководството няма държава „{ $code }“. Изберете държава от списъка.
# Links on a country profile that open the referral view with that country chosen.
referral-link-here = Насочване на човек — държава, в която се намирам: { $country }
referral-link-origin = Насочване на човек — държава, от която е човекът: { $country }

## App: guide updates (desktop app only) — installing a signed guide update file and going back
# Heading of the settings panel part that says which guide is in use.
guide-in-use = Използвано ръководство
guide-in-use-builtin = Версия { $version } на ръководството, вградена в програмата.
# $date is the date the guide's content was released, $installed the day it was installed on this computer, $signer who signed it.
guide-in-use-installed = Версия { $version } на ръководството от { $date }, инсталирана на { $installed }. Цифров подпис: { $signer }.
update-install = Инсталиране на актуализация на ръководството от файл…
update-drop-hint = Можете също да плъзнете файл с актуализация (.trmpack) в този прозорец.
# The confirmation before installing: nothing is installed before the user has seen what it is.
update-confirm-title = Да се инсталира ли тази актуализация на ръководството?
# $replaces is the version of the guide in use now.
update-confirm-body = Версия { $version } на ръководството от { $date }. Цифров подпис: { $signer }. Заменя версия { $replaces }. Какво променя:
update-confirm-install = Инсталиране
update-confirm-cancel = Отказ
update-installed = Вече се използва версия { $version } на ръководството.
# $reason says why in English (the file, and what is wrong with it).
update-refused = Актуализацията не е инсталирана: { $reason }
update-roll-back = Връщане към версия { $version } на ръководството
update-roll-back-builtin = Връщане към ръководството, вградено в програмата
update-rolled-back = Отново се използва версия { $version } на ръководството.
# Shown when the installed guide could not be read at start: the program fell back to a guide it could read.
update-damaged = Инсталираната актуализация на ръководството не може да бъде прочетена, затова се използва предишното ръководство. Инсталирайте актуализацията отново. Подробности: { $reason }
update-refused-at-start = Инсталираната актуализация на ръководството не е използвана, защото не е преминала проверката, затова се използва предишното ръководство. Подробности: { $reason }

## App: "What changed" — the facts and sections the last guide update changed
changes = Какво е променено
# $date is the day the update was installed.
changes-intro = Промени, направени с актуализацията на ръководството, инсталирана на { $date }. Проверете ги, преди да разчитате на това, което помните.
changes-none = Използва се ръководството, вградено в програмата: никоя актуализация не го е променила.
changes-facts = Контакти и факти
changes-sections = Раздели
# After a fact that the update added or removed.
changes-new = добавено
changes-gone = премахнато
# After a section changed only in other languages; $languages is a list of language names.
changes-other-languages = (променено на други езици: { $languages })
# A small badge after a fact that the last update changed; it links to "What changed".
fact-changed = променено

## App: "Show to the person" — finding a language, and printing in two languages
# Label of the box that filters the list of languages (by their own name, English name, or name in the officer's language).
person-filter = Търсене на език
# A button on the leaflet: prints the person's leaflet and, after it, the same leaflet in the officer's language ($language).
person-print-both = Печат и на втори език: { $language }

## App: settings on this device that could not be read (damaged storage)
# Shown once at start; $settings is a list of setting names ("Text size, Colours").
settings-reset = Някои настройки на това устройство не можаха да бъдат прочетени и бяха нулирани: { $settings }.
# Shown instead when none of the settings could be read.
settings-reset-all = Настройките на това устройство не можаха да бъдат прочетени и бяха нулирани.
