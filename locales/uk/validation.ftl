## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = Дайте відповідь на це питання, щоб продовжити.
error-choice = Торкніться однієї з відповідей.
error-number = Напишіть число, лише цифрами.
error-number-too-small = Напишіть число { $min } або більше.
error-number-too-large = Напишіть число { $max } або менше.
error-money = Напишіть суму в євро, наприклад 1250 або 1250,50.
error-date = Напишіть справжню дату: день, місяць і рік, наприклад 15/03/1990.
error-date-too-early = Дата має бути { $date } або пізніше.
error-date-too-late = Дата має бути { $date } або раніше.
error-name = Напишіть ім'я літерами, як у документі.
error-name-latin = Напишіть ім'я латинськими літерами (A–Z), як у паспорті або посвідці на проживання.
error-text-characters = Приберіть спеціальні знаки: пишіть літери, цифри та розділові знаки.
error-text-too-long = Скоротіть текст: найбільше символів — { $max }.
error-phone = Напишіть номер телефону цифрами, наприклад 333 123 4567 або +40 721 234 567.
error-email = Напишіть повну адресу електронної пошти, наприклад name@example.com.
error-comune = Оберіть італійську громаду (comune) зі списку.
error-country = Оберіть країну зі списку.
error-cap = Напишіть CAP (поштовий індекс): 5 цифр, наприклад 52100.
error-document-number = Напишіть номер документа: від 5 до 20 літер і цифр.
error-notice-length = Код повідомлення про оплату має 18 цифр, а ви ввели цифр: { $found }. Перепишіть його з повідомлення про оплату.
error-notice-digits = Код повідомлення про оплату складається лише з цифр: перепишіть його з повідомлення.
error-notice-check = Цей код повідомлення неправильний: перевірте кожну цифру в повідомленні.
error-nre = Напишіть код рецепта (NRE): 15 символів, над штрихкодами рецепта.
error-school-code = Напишіть код школи: 10 символів, наприклад ARIC82100X.
error-permit-reference = Напишіть номер справи (10 символів) або "numero assicurata" (12 цифр) з квитанції Poste.
error-cf-length = Codice fiscale (податковий код) має 16 символів (або 11 цифр, якщо він тимчасовий), а ви ввели символів: { $found }.
error-cf-pattern = Перевірте codice fiscale: літери й цифри мають стояти на своїх місцях, як на медичній картці (tessera sanitaria).
error-cf-check = Codice fiscale неправильний: перевірте кожен символ за медичною карткою.
error-cf-date = У codice fiscale є дата народження, якої не існує: перевірте символи з 7-го по 11-й.
error-cf-birthplace = Місця народження з codice fiscale ({ $code }) не існує: перевірте символи з 12-го по 15-й.
error-cf-birthplace-date = Місце народження з codice fiscale ({ $code }) не було чинним на дату народження: перевірте код.
error-citizenship-reference = Напишіть номер заяви, як на квитанції, наприклад K10/C/123456.
