## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = Надіслано до Comune
# Variables: $agency_reference (string)
channel-comune-sent-status = Система Comune di Arezzo (міської ради) отримала запит. Номер у Comune: { $agency_reference }.
channel-comune-queued-title = Збережено в кіоску
channel-comune-queued-status = Запит збережено в кіоску, і він піде до Comune, щойно його система відповість. Comune ще не отримав запит. Вам нічого не треба робити: якщо буде проблема, віконце прийому зв'яжеться з вами.

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = Запис зроблено
# Variables: $agency_reference (string)
channel-pagopa-sent-status = CUP (центр запису) Azienda USL зареєстрував запис. Номер CUP: { $agency_reference }. Якщо треба заплатити ticket (внесок), платіть за повідомленням pagoPA: у банку, на пошті, у тютюновому кіоску (tabaccheria) або в застосунку.
channel-pagopa-queued-title = Збережено в кіоску
channel-pagopa-queued-status = Запит збережено в кіоску, і він піде до CUP, щойно той відповість. Це ще не запис: якщо цей час уже зайнятий, віконце прийому зв'яжеться з вами.

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = Ticket до оплати (pagoPA)
pagopa-checking = Перевіряємо повідомлення про оплату в pagoPA…
pagopa-amount = Сума
pagopa-due = Оплатити до
pagopa-state-payable = Повідомлення дійсне: ви можете оплатити його одразу з телефона або за надрукованим повідомленням у банку, на пошті, у тютюновому кіоску (tabaccheria) чи через app IO.
pagopa-state-overdue = Термін оплати минув, але повідомлення ще можна оплатити.
pagopa-state-paid = Це повідомлення позначене як уже оплачене: не платіть за нього ще раз.
pagopa-state-expired = Термін дії цього повідомлення минув, і його вже не можна оплатити: ми його не друкуємо. Запитайте у віконці CUP, як заплатити ticket.
pagopa-state-invalid = Azienda USL скасувала це повідомлення: ми його не друкуємо. Зверніться до віконця CUP.
pagopa-unknown = pagoPA не знає цього повідомлення: ми його не друкуємо. Запитайте у віконці CUP, як заплатити ticket.
pagopa-unreachable = Зараз ми не можемо перевірити повідомлення в pagoPA, тому не друкуємо його. Запис залишається дійсним: запитайте у віконці прийому, як заплатити ticket.
pagopa-not-verified = Нам не вдалося перевірити повідомлення в pagoPA, тому ми його не друкуємо. Запис залишається дійсним: запитайте у віконці прийому, як заплатити ticket.
pagopa-pay-now = Щоб заплатити одразу з телефона, відскануйте цей код: відкриється сторінка оплати pagoPA.

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = Готово для порталу
channel-portal-prepared-status = Ми нічого не надіслали. Цю заяву можна подати тільки на порталі, через ваш SPID або вашу CIE. На аркуші є адреса, як увійти, і ваші відповіді: ви можете зробити це вдома або тут з оператором.
channel-portal-sent-title = Ваші відповіді у віконці прийому
# Variables: $agency_reference (string)
channel-portal-sent-status = Віконце прийому отримало ваші відповіді (номер { $agency_reference }). Оператор подасть заяву разом з вами на порталі, через ваш SPID або вашу CIE. Установа ще нічого не отримала.
channel-portal-queued-title = Збережено для віконця прийому
channel-portal-queued-status = Ваші відповіді збережено в кіоску, і вони підуть до віконця прийому, щойно система Comune відповість. Установа ще нічого не отримала: заява подається на порталі.

## public-page: a public web page read for the person.

channel-public-page-answered-title = Відповідь сторінки Polizia di Stato
channel-public-page-answered-status = Ось що публічна сторінка Polizia di Stato (державної поліції) зараз показує для вашого номера. Кіоск не надсилав жодної заяви.

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = З опублікованого списку
channel-catalogue-answered-status = Ця інформація зі списку, який публікує установа. Кіоск не надсилав жодної заяви: щоб записатися або подати кандидатуру, дійте за карткою.

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI (Міністерство внутрішніх справ)
portal-name-testitaliano = Test di italiano (тест з італійської мови, Міністерство внутрішніх справ)
portal-name-unica = Unica (Міністерство освіти і заслуг)
portal-login-title = Як увійти на портал
portal-login-spid = Через SPID: виберіть свого постачальника і підтвердьте вхід у його застосунку на телефоні.
portal-login-cie-app = Через CIE і застосунок CieID: застосунок зчитує картку і сканує QR-код на екрані.
portal-login-cie-reader = Через CIE на зчитувачі у віконці прийому: потрібен PIN-код картки.
portal-login-cns = Через Carta Nazionale dei Servizi (активовану медичну картку) і зчитувач карток.
portal-login-eidas = Через засіб цифрової ідентифікації з іншої країни Європейського Союзу (eIDAS).

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = Хочете зробити це тут з оператором? Ваші відповіді підуть до віконця прийому Comune. Кіоск видалить їх { $days ->
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } дня
    }.
portal-hand-off = Попросити віконце прийому зробити це зі мною
check-send-portal = Підготувати аркуш для порталу
print-portal = Надрукувати аркуш для порталу

## The "continue on the portal" sheet.

doc-portal-title = Продовжіть на порталі
doc-portal-nothing-sent = Цей аркуш не є заявою: кіоск нічого не надіслав до установи. Заява подається на порталі, через ваш засіб цифрової ідентифікації.
doc-portal-ready = Що мати напоготові
doc-portal-answers = Ваші відповіді з тими назвами, які вони мають на порталі
