## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = Реєстр відправлень ({ $path }) пошкоджено. Копію збережено в { $preserved }. Кіоск не може надсилати заяви: зверніться до технічної підтримки.
# Variables: $path (string)
outbox-key-missing = Бракує ключа реєстру відправлень ({ $path }). Без ключа заяви в черзі неможливо прочитати: поверніть файл ключа на місце або зверніться до технічної підтримки.
# Variables: $path (string)
outbox-key-wrong = Ключ реєстру відправлень ({ $path }) неправильний. Поверніть на місце оригінальний файл ключа або зверніться до технічної підтримки.
outbox-too-new = Реєстр відправлень записано новішою версією програми. Оновіть кіоск або зверніться до технічної підтримки.
outbox-unavailable = Не вдається відкрити реєстр відправлень. Кіоск не може надсилати заяви: зверніться до технічної підтримки.

outbox-state-queued = У черзі
outbox-state-sending = Надсилається
outbox-state-delivered = Доставлена
outbox-state-retry-wait = Очікує нової спроби
outbox-state-needs-operator = Потрібен оператор
outbox-state-cancelled = Скасована

outbox-cancel-withdrawn = Відкликана заявником
outbox-cancel-duplicate = Надіслана двічі
outbox-cancel-wrong-data = Неправильні дані, подана заново
outbox-cancel-handled-elsewhere = Вирішена у віконці прийому
