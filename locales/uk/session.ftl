## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = НАВЧАННЯ — вправа: нічого не надсилається до установ, аркуші є зразками.

bar-call-operator = Покликати оператора
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = Ми повідомили віконце прийому: оператор підійде, щойно зможе. Залишайтеся тут.
bar-operator-calling = Повідомляємо віконце прийому…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = Не вдається повідомити віконце прийому звідси. Підійдіть до віконця прийому або підніміть руку: оператор вам допоможе.
bar-operator-cancel = Скасувати виклик
bar-text-size = Більший текст
bar-text-size-reset = Звичайний текст
bar-contrast-high = Високий контраст
bar-contrast-normal = Звичайний контраст
bar-listen = Слухати
bar-listen-stop = Зупинити голос
bar-auto-read-on = Читати кожну сторінку
bar-auto-read-off = Не читати
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = Номер вашої заявки є на екрані та на квитанції. Я не читаю його вголос, щоб зберегти вашу приватність.

## Service introduction.

intro-start = Почати
intro-print = Надрукувати цю інформацію

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = Питання { $current } з { $total }
wizard-continue = Продовжити
wizard-back = Назад
wizard-leave = Вийти
wizard-leave-question = Ви хочете вийти з цієї послуги? Ваші відповіді буде видалено.
wizard-leave-yes = Так, вийти
wizard-leave-no = Ні, залишитися
wizard-optional = (якщо хочете)
wizard-yes = Так
wizard-no = Ні
wizard-choose-many = Можна торкнутися кількох відповідей.
wizard-type-here = Торкніться тут, щоб писати
wizard-suggestions = Торкніться правильної назви:
wizard-no-suggestion = Нічого не знайдено: перевірте перші літери.
wizard-asking = Запитуємо установу…
wizard-try-again = Спробувати ще раз
# Variables: $number (number)
wizard-person = Особа { $number }
wizard-add-another-yes = Так, додати ще одну особу
wizard-add-another-no = Ні, далі
wizard-ended-finish = Завершити
wizard-ended-services = Назад до послуг

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = Є проблема
error-summary-hint = Виправте те, що позначено червоним. Те, що ви написали, нікуди не зникло.
# Variables: $field (string), $problem (string)
error-summary-item = { $field }: { $problem }

## Check your answers.

check-title = Перевірте свої відповіді
check-hint = Якщо щось не так, торкніться «Змінити».
check-change = Змінити
check-not-provided = Не вказано
check-send-application = Надіслати запит
check-send-status = Перевірити зараз
check-send-item = Показати картку

## Sending and waiting.

sending-title = Надсилаємо запит…
asking-title = Запитуємо установу…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
        [one] Минула { $seconds } секунда.
        [few] Минуло { $seconds } секунди.
        [many] Минуло { $seconds } секунд.
       *[other] Минуло { $seconds } секунди.
    }
sending-saved = Запит уже збережено в кіоску: він не загубиться.
sending-continue = Не чекати, продовжити
asking-cancel = Скасувати

## Confirmation.

confirm-reference = Номер вашого запиту
confirm-keep = Збережіть квитанцію: за цим номером можна дізнатися, на якому етапі запит.
confirm-finish = Завершити
confirm-home = Інша послуга

## Results of a look-up.

result-not-answered = У нас немає відповіді

## Printing.

print-receipt = Надрукувати квитанцію
print-form = Надрукувати форму для підпису
print-payment = Надрукувати повідомлення про оплату
print-certificate = Надрукувати довідку
print-item = Надрукувати картку
print-where = Надрукувати, де перевірити
print-again = Надрукувати ще раз
print-printing = Друкуємо…
print-done = Надруковано: заберіть аркуш із принтера.

## The idle warning.

idle-title = Ви ще тут?
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
        [one] Через { $seconds } секунду все буде стерто, і кіоск повернеться на початок.
        [few] Через { $seconds } секунди все буде стерто, і кіоск повернеться на початок.
        [many] Через { $seconds } секунд все буде стерто, і кіоск повернеться на початок.
       *[other] Через { $seconds } секунди все буде стерто, і кіоск повернеться на початок.
    }
idle-continue = Так, продовжити

## The on-screen keyboard.

keyboard-space = пробіл
keyboard-delete = Стерти
keyboard-clear = Стерти все
keyboard-capitals = Великі літери
keyboard-other-letters = Інші літери
keyboard-hide = Закрити клавіатуру

## Results: a title for each outcome.

result-refused = Установа не прийняла запит
result-not-found = Немає результатів за цими даними
print-result = Надрукувати відповідь

## Formats told before typing; a page that only tells something.

wizard-format-date = День, місяць і рік цифрами: наприклад 15/03/1990.
wizard-format-name = Латинськими літерами, як у паспорті.
wizard-note-title = Корисно знати

## Before "I have finished" when a paper did not print.

papers-title = Ви забрали свої аркуші?
papers-not-printed = Один аркуш не надруковано.
papers-what-now = Ви можете надрукувати його ще раз або попросити допомоги у віконці прийому. Якщо ви завершите зараз, ця сторінка закриється.
papers-finish-anyway = Завершити без аркуша
papers-back = Назад до сторінки

## Days of the week (slots are listed by day), Monday first.

weekday-1 = Понеділок
weekday-2 = Вівторок
weekday-3 = Середа
weekday-4 = Четвер
weekday-5 = П'ятниця
weekday-6 = Субота
weekday-7 = Неділя
