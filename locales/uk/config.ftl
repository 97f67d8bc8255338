## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

config-error-at = { $file }, рядок { $line }, стовпець { $column }:
config-error-in-file = { $file }:
config-did-you-mean = Можливо, ви мали на увазі «{ $suggestion }»?
config-ok =
    { $file }: конфігурація правильна (кіоск { $kiosk }, { $languages ->
        [one] { $languages } мова
        [few] { $languages } мови
        [many] { $languages } мов
       *[other] { $languages } мови
    }, { $services ->
        [one] { $services } послуга
        [few] { $services } послуги
        [many] { $services } послуг
       *[other] { $services } послуги
    }).

config-unreadable = Не вдається прочитати файл ({ $reason }).
config-unreadable-fix = Перевірте шлях до файлу і чи може користувач кіоску його читати.

config-syntax = Файл не є коректним TOML: { $detail }
config-syntax-fix = Записуйте кожне налаштування як «ключ = значення», тексти — у подвійних лапках.

config-unknown-key = Ключа «{ $key }» немає в розділі { $table }.
config-unknown-key-fix = Видаліть рядок або виправте назву. У { $table } можна писати: { $allowed }.

config-missing-key = Бракує обов'язкового налаштування «{ $key }».
config-missing-key-fix = Додайте «{ $name } = …» до розділу { $table } (див. kiosk-config/demo.toml).

config-wrong-type = Значення «{ $key }» має неправильний тип ({ $found }).
config-wrong-type-fix =
    { $expected ->
        [integer] Напишіть ціле число без лапок (наприклад 120).
        [boolean] Напишіть true або false без лапок.
        [list] Напишіть список у квадратних дужках, наприклад [ "it", "en" ].
        [table] Напишіть розділ з його ключами.
        [text] Напишіть текст у подвійних лапках.
       *[other] Порівняйте значення з прикладом у kiosk-config/demo.toml.
    }

config-out-of-range = Значення { $value } для «{ $key }» виходить за допустимі межі.
config-out-of-range-fix = Напишіть число від { $min } до { $max }.

config-empty-text = «{ $key }» порожнє або містить керівні символи.
config-empty-text-fix = Напишіть текст в один рядок, у подвійних лапках.

config-empty-list = Список «{ $key }» порожній.
config-empty-list-fix = Додайте до списку щонайменше один елемент.

config-duplicate = «{ $value }» трапляється двічі в «{ $key }».
config-duplicate-fix = Залиште кожен елемент лише один раз.

config-bad-kiosk-id = Ідентифікатор кіоску недійсний.
config-bad-kiosk-id-fix = Напишіть від 2 до 16 великих латинських літер, цифр і дефісів, починаючи з літери (наприклад "AR-K01").

config-bad-phone = Номер телефону віконця прийому недійсний.
config-bad-phone-fix = Напишіть номер цифрами, за потреби з + і пробілами (наприклад "0575 1820242").

config-unknown-language = Мови «{ $value }» немає серед перекладів.
config-unknown-language-fix = Використайте одну з цих: { $allowed }.

config-italian-required = Серед увімкнених мов немає італійської.
config-italian-required-fix = Додайте "it" до списку: це мова установи і резервна мова.

config-default-not-enabled = Мова за замовчуванням «{ $value }» не входить до увімкнених мов.
config-default-not-enabled-fix = Оберіть одну з увімкнених мов: { $allowed }.

config-unknown-service = Послуги «{ $value }» немає в каталозі.
config-unknown-service-fix = Використайте одну з цих: { $allowed }.

config-warning-not-shorter = Попередження про бездіяльність ({ $value } с) не коротше за тайм-аут бездіяльності ({ $timeout } с).
config-warning-not-shorter-fix = Задайте попередження, коротше за { $timeout } с.

config-connect-longer = Тайм-аут з'єднання ({ $value } мс) перевищує максимальний час запиту ({ $request } мс).
config-connect-longer-fix = Задайте тайм-аут з'єднання не більше ніж { $request } мс.

config-bad-endpoint = Адреса «{ $value }» у «{ $key }» недійсна.
config-bad-endpoint-fix = Напишіть "simulator" або повну адресу https:// (http:// лише на цьому комп'ютері: дані людей не передаються у відкритому вигляді) без користувача, пароля чи параметрів.

# Variables: $value (string)
config-bad-webhook = Адреса «{ $value }» для виклику оператора недійсна.
config-bad-webhook-fix = Напишіть повну адресу https:// (http:// лише на цьому комп'ютері) без користувача, пароля чи параметрів або видаліть рядок.

config-bad-printer = «{ $value }» не є дійсною назвою принтера CUPS.
config-bad-printer-fix = Напишіть назву черги CUPS (її показує lpstat -p) без пробілів, скісних рисок, # і ком.

config-bad-pin-hash = PIN оператора не є дійсним хешем Argon2id.
config-bad-pin-hash-fix = Створіть хеш командою «serto-kiosk hash-pin» і скопіюйте його повністю, починаючи з «$argon2id$».

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = Хеш PIN надто слабкий: пам'ять { $memory } KiB, кількість проходів { $passes } (потрібно щонайменше 19456 KiB і 2 проходи).
config-weak-pin-hash-fix = Створіть новий хеш командою «serto-kiosk hash-pin»: вона використовує безпечні параметри. Будь-хто, хто прочитає цей файл, за кілька секунд підбере короткий PIN, захищений слабким хешем.

# Variables: $key (string), $length (string), $max (string)
config-too-long = Текст «{ $key }» задовгий: довжина { $length }, максимум { $max } символів.
config-too-long-fix = Скоротіть його: він має вміститися в один рядок на сторінках і на кожній квитанції.

# Variables: $value (string), $reason (string)
config-data-dir-unusable = Кіоск не може записувати в каталог даних «{ $value }» ({ $reason }).
config-data-dir-unusable-fix = Вкажіть каталог (не файл) на диску, доступному для запису, власником якого є користувач кіоску, наприклад /var/lib/serto-kiosk.

config-bad-listen = «{ $value }» не є дійсною адресою для прослуховування.
config-bad-listen-fix = Напишіть адресу і порт, наприклад "127.0.0.1:9464".

# Variables: $value (string), $reason (string)
config-bad-key-file = Файл ключа pagoPA «{ $value }» не можна використати ({ $reason }).
config-bad-key-file-fix = Запишіть у цей файл лише ключ підписки (Ocp-Apim-Subscription-Key), щоб користувач кіоску міг його читати, або виправте шлях (відносно каталогу цього файлу).
# Variables: $value (string), $mode (string)
config-key-file-open = Файл ключа pagoPA «{ $value }» можуть читати інші користувачі (права { $mode }).
# Variables: $value (string)
config-key-file-open-fix = Ключ — це секрет Comune: зробіть файл доступним для читання лише його власнику командою «chmod 600 { $value }».

config-not-loopback = Метрики були б видимі в мережі за адресою { $value }.
config-not-loopback-fix = Використайте локальну адресу, наприклад "127.0.0.1:9464", або додайте «allow_non_loopback = true» у розділ [metrics], якщо мережа захищена.

# Variables: $key (string)
config-missing-section = Бракує обов'язкового розділу «[{ $key }]».
# Variables: $key (string)
config-missing-section-fix = Додайте розділ «[{ $key }]» з його налаштуваннями (див. kiosk-config/demo.toml).

# Variables: $key (string)
config-duplicate-key = «{ $key }» записано двічі.
# Variables: $key (string)
config-duplicate-key-fix = Залиште «{ $key }» один раз, а інший запис видаліть.
