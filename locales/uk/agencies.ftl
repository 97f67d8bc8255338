## What the offices answer: refusals, states of applications, item cards.
## The codes come from the agency contracts (docs/contracts).

agency-not-available = Служба установи зараз не відповідає. Ви нічого не втратили: спробуйте пізніше або запитайте оператора.
agency-where-else = Ви можете також перевірити самі, на сайті установи, або запитати у віконці. Оператор може надрукувати вам аркуш з адресами.
agency-problem-other = Установа не змогла прийняти запит у такому вигляді. Запитайте оператора.
agency-problem-no-such-reference = Установа не знаходить жодної справи з цим номером і цією датою народження. Перевірте номер на квитанції.
agency-problem-card-not-valid = Бібліотека не розпізнає картку: перевірте номер і прізвище або запитайте в бібліотеці.
agency-problem-slot-taken = Це місце щойно зайняла інша людина. Виберіть інший день або іншу годину.
agency-problem-prescription-not-found = CUP (центр запису) не знаходить цей рецепт. Перевірте номер (NRE) на рецепті або запитайте оператора.
agency-problem-prescription-used = Цей рецепт уже використали для запису.
agency-problem-already-applied = Установа вже має таку саму заяву.

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = Дозвіл на проживання готовий. Questura (поліція) надішле вам SMS з днем і місцем, де його забрати.
status-permit-status-in-progress = Дозвіл на проживання оформлюється: він ще не готовий. Перевірте знову через кілька днів.
status-permit-status-not-in-archive = Цього номера немає в архіві Polizia di Stato. Перевірте номер на квитанції. Якщо номер правильний, можливо, заява ще не надійшла: спробуйте знову через кілька днів або запитайте оператора.
permit-page-unreadable = Нам не вдалося прочитати відповідь сторінки Polizia di Stato. Відкрийте сторінку разом з оператором або на своєму телефоні за цим QR-кодом і введіть свій номер.



item-provider = Хто організовує
item-place = Місце
item-hours = Години
item-certificate = Свідоцтво
item-requirements = Вимоги
item-cost = Вартість
item-starts-on = Початок
item-deadline = Кінцевий термін
item-contact = Контакти
item-posts = Кількість місць
item-contract = Договір
item-language = Мова
item-how-to-read = Як читати
