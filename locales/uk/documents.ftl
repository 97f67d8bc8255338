## Надруковані документи: квитанція, повідомлення про оплату, форми, аркуші, талони.

doc-when = Дата і час
doc-kiosk = Кіоск
# Variables: $phone (string)
doc-help = Якщо потрібна допомога, зверніться до віконця прийому або зателефонуйте за номером { $phone }.
doc-receipt-title = Квитанція
doc-service = Послуга
doc-reference = Номер вашого запиту. Збережіть його: він потрібен, щоб дізнатися, на якому етапі запит.
doc-appointment = Запис на прийом
doc-booking-code = Код запису (потрібен, щоб скасувати запис)
doc-next = Що буде далі
doc-keep = Збережіть цей аркуш.

doc-payment-title = Повідомлення про оплату pagoPA
doc-payment-creditor = Установа, якій ви платите
doc-payment-creditor-code = Податковий код установи
doc-payment-subject = За що ви платите
doc-payment-amount = Сума
doc-payment-due = Оплатити до
doc-payment-notice-number = Код повідомлення
doc-payment-how = Ви можете заплатити в app IO, у банку, на пошті, у тютюновому кіоску (tabaccheria) або в аптеці: покажіть QR-код або код повідомлення.
doc-payment-pay-now = Щоб заплатити одразу з телефона, відскануйте цей код: відкриється сторінка оплати pagoPA.

doc-certificate-title = Довідка
doc-certificate-number = Номер довідки
doc-certificate-issued = Дата видачі
doc-certificate-stamp = Marca da bollo (гербова марка) за 16 € (лише якщо довідка з гербовою маркою: наклейте її сюди, перш ніж користуватися довідкою)

doc-where-title = Де перевірити
doc-where-permit-status = Ви можете перевірити дозвіл на сайті Polizia di Stato (questure.poliziadistato.it, розділ для іноземців) за номером квитанції з пошти, або запитати в Questura di Arezzo, Ufficio Immigrazione.
doc-where-citizenship-status = Ви можете перевірити заяву на порталі ALI Ministero dell'Interno (portaleservizi.dlci.interno.it) через SPID або CIE, або запитати в Prefettura di Arezzo.
doc-where-italian-test-a2 = Ви можете побачити результат на порталі ALI Ministero dell'Interno (portaleservizi.dlci.interno.it) через SPID або CIE, або запитати в Prefettura di Arezzo.
doc-where-online-magazines = Ви можете зайти з дому на сайт бібліотеки (toscana.medialibrary.it) з читацьким квитком, або запитати в Biblioteca Città di Arezzo, via dei Pileati 8.
doc-where-training-courses = Ви можете запитати в Centro per l'Impiego (центр зайнятості) Arezzo, via Monte Cervino 24, або пошукати на сайті Regione Toscana.
doc-where-job-offers = Ви можете пошукати на сайті Toscana Lavoro (lavoro.regione.toscana.it) або запитати в Centro per l'Impiego (центр зайнятості) Arezzo, via Monte Cervino 24.

doc-form-title = Форма, заповнена в кіоску
doc-form-declaration = Я заявляю, що дані, написані вище, правдиві. Принесіть цю підписану форму в установу разом з документом, що посвідчує особу.
doc-form-date = Дата
doc-form-signature = Підпис
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = Усвідомлюючи кримінальну відповідальність за неправдиві заяви (статті 75 і 76 DPR 445/2000), ми заявляємо, що дані, написані вище, правдиві. Заява дійсна лише тоді, коли її підписали всі повнолітні люди, які переїжджають, і її подано до відділу реєстрації населення (anagrafe) разом з копією документа, що посвідчує особу, кожного з них: у віконці, рекомендованим листом (raccomandata) або через PEC (сертифіковану електронну пошту).
doc-yes = Так
doc-no = Ні
doc-not-provided = Не вказано

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = Принтер не надрукував. Ваш запит збережено: оператор може надрукувати вам аркуш ще раз.
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = Принтер не надрукував. Коли він буде готовий, торкніться «Надрукувати ще раз» або попросіть допомоги в оператора.
printer-paper-out = У принтері закінчився папір.
printer-jam = Папір застряг у принтері.
printer-door-open = Кришка принтера відкрита.
printer-offline = Принтер вимкнений або не під'єднаний.
printer-not-answering = Принтер не відповідає.
printer-stopped = Черга друку зупинена.
printer-other = Принтер повідомляє про проблему.
# Variables: $number (number)
doc-item-number = Особа { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = Результат перевірки
doc-result-checked = Перевірено
doc-result-source = Це відповідь публічної сторінки Polizia di Stato на той момент. Щоб перевірити ще раз, відкрийте цю адресу:
