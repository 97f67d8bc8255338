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
operator-health = Стан кіоску
operator-statistics = Статистика
operator-export = Експортувати CSV за місяць
# Variables: $file (string)
operator-exported = Збережено в { $file }
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
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилин
    }

health-printer = Принтер
health-printer-ok = готовий
health-disk = Вільне місце на диску
health-queue = Запити, ще не доставлені
# Variables: $minutes (number)
health-oldest = найстаріший чекає { $minutes } хв
health-metrics = Метрики Prometheus
health-metrics-off = вимкнені (адреса зайнята або недійсна)
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
