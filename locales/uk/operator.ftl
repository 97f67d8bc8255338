## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = Вхід оператора
pin-hint = Введіть PIN оператора.
pin-enter = Увійти
pin-cancel = Скасувати
pin-delete = Стерти
pin-checking = Перевірка PIN…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] Неправильний PIN. Залишилася { $left } спроба, потім вхід заблокується.
        [few] Неправильний PIN. Залишилося { $left } спроби, потім вхід заблокується.
        [many] Неправильний PIN. Залишилося { $left } спроб, потім вхід заблокується.
       *[other] Неправильний PIN. Залишилося { $left } спроб, потім вхід заблокується.
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] Забагато неправильних PIN: спробуйте через { $seconds } секунду.
        [few] Забагато неправильних PIN: спробуйте через { $seconds } секунди.
        [many] Забагато неправильних PIN: спробуйте через { $seconds } секунд.
       *[other] Забагато неправильних PIN: спробуйте через { $seconds } секунд.
    }

operator-title = Оператор
operator-assisted = Почати сесію з допомогою
operator-close = Закрити панель
operator-leave-kiosk = Вийти з кіоску (обслуговування)
operator-outbox = Вихідні запити
operator-hand-offs = Зробити на порталі
operator-health = Стан кіоску
operator-statistics = Статистика
operator-training = Навчання
operator-attention = Потрібне ваше втручання:
operator-export = Експортувати CSV за місяць
# Variables: $file (string)
operator-exported = Збережено в { $file }
# Variables: $file (string)
operator-exported-usb = Збережено на USB-накопичувач: { $file }
# Variables: $file (string)
operator-exported-no-usb = USB-накопичувач не вставлено: збережено в { $file }
operator-export-failed = CSV не вдається зберегти: перевірте місце на диску.
operator-refresh = Оновити

outbox-empty = Немає вихідних запитів.
outbox-reference = Номер
outbox-service = Послуга
outbox-state = Стан
outbox-age = Очікує
outbox-attempts = Спроби
outbox-error = Остання помилка
outbox-retry = Повторити зараз
outbox-cancel = Скасувати…
outbox-reprint = Надрукувати квитанцію ще раз
outbox-cancel-question = Чому ви скасовуєте цей запит?
outbox-error-unreachable = установа не відповідає
outbox-error-rate-limited = установа просить зачекати
outbox-error-malformed = недійсна відповідь
outbox-error-unknown-operation = невідома операція
outbox-error-unreadable-payload = нечитабельні дані
outbox-error-refused = відхилено
# Variables: $code (string)
outbox-error-refused-code = відхилено ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }

# Variables: $queue (string), $state (string)
health-printer-line = Принтер «{ $queue }»: { $state }
health-printer-ok = готовий
# Variables: $mib (number)
health-disk-line = Вільне місце на диску: { $mib } MiB
# Variables: $count (number)
health-queue-line = Запити, ще не доставлені: { $count }
# Variables: $minutes (number)
health-oldest = найстаріший чекає { $minutes } хв
# Variables: $address (string)
health-metrics-line = Метрики Prometheus: { $address }
health-metrics-off = Метрики Prometheus: вимкнені (адреса зайнята або недійсна)
health-speech-ready = Голос: готовий для всіх мов
health-speech-checking = Голос: триває перевірка…
# Variables: $languages (string)
health-speech-missing = Голос: бракує голосів для { $languages } (пакет espeak-ng)
speech-problem-disabled = Голос: вимкнено в конфігурації
speech-problem-no-program = Голос: espeak-ng не встановлено, кнопка «Слухати» не з’являється
speech-problem-no-player = Голос: aplay (пакет alsa-utils) не встановлено, кнопка «Слухати» не з’являється
# Variables: $detail (string)
speech-problem-no-audio = Голос: аудіопристрій не відкривається ({ $detail }), кнопка «Слухати» не з’являється
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = Послугу вимкнено, її дані недійсні: { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = Назви полів порталу треба перевірити (порівняйте їх з порталом і позначте confirmed = true в assets/portals.toml): { $services }
health-agencies = Установи
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }: { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [one] остання відповідь { $minutes } хвилину тому
        [few] остання відповідь { $minutes } хвилини тому
        [many] остання відповідь { $minutes } хвилин тому
       *[other] остання відповідь { $minutes } хвилин тому
    }
agency-state-unknown = звернень ще не було
agency-state-up = відповідає
agency-state-slow = відповідає повільно
agency-state-down = не відповідає
agency-state-circuit-open = надсилання призупинено через забагато помилок; незабаром кіоск спробує знову сам

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [one] { $count } запит чекає на ваше рішення (Вихідні запити)
        [few] { $count } запити чекають на ваше рішення (Вихідні запити)
        [many] { $count } запитів чекають на ваше рішення (Вихідні запити)
       *[other] { $count } запитів чекають на ваше рішення (Вихідні запити)
    }
# Variables: $mib (number)
attention-disk = Мало вільного місця на диску: { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = Кіоск працює зі справжніми установами.
training-on = Режим навчання: усе йде до симулятора, документи — зразки, нічого не рахується. Справжні вихідні запити й далі надсилаються.
training-from-config = Навчання задано в конфігурації кіоску (навчальний клас).
training-start = Почати навчання
training-stop = Повернутися до справжньої роботи
training-failed = Навчання не може початися: симулятор не запускається (див. журнал).
training-faults = Імітовані збої в установах
training-faults-hint = Виберіть, як відповідає кожна установа, щоб потренуватися на випадок складних днів.
fault-normal = Нормально
fault-slow = Повільно
fault-errors = Помилки
fault-down = Не працює
health-training = Увімкнено режим навчання: нічого не надсилається до установ, нічого не рахується.

stats-today = Сьогодні
stats-week = Останні 7 днів
stats-month = Останні 30 днів
stats-service = Послуга
stats-language = Мова
stats-mode = Режим
stats-started = Розпочато
stats-completed = Завершено
stats-rate = Завершення
stats-median = Медіанний час
stats-gave-up = Де зупиняються
stats-none = Немає даних за цей період.
stats-mode-self = самостійно
stats-mode-assisted = з допомогою

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = Немає заяв, залишених у віконці прийому.
hand-off-open = Відкрити
hand-off-close = Закрити й прибрати з екрана
hand-off-answers = Відповіді з назвами полів порталу: введіть їх разом з людиною, яка входить через свій SPID або свою CIE.
hand-off-gone = Відповідей до цієї заяви вже немає (їх видалено після закінчення строку зберігання).
