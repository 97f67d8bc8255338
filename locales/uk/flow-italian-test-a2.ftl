## Тест з італійської мови A2: assets/flows/italian-test-a2.toml.

flow-italian-test-a2-purpose = Що ви хочете зробити?
flow-italian-test-a2-purpose-enrol = Записатися на тест
flow-italian-test-a2-purpose-result = Дізнатися результат тесту

flow-italian-test-a2-page-result = Результат тесту
flow-italian-test-a2-application_number = Номер заяви
flow-italian-test-a2-application_number-hint = Він є на квитанції про запис на тест або в електронному листі від Prefettura (префектури).
flow-italian-test-a2-result_birth_date = Ваша дата народження

flow-italian-test-a2-exemption = Чи стосується вас щось із цього?
flow-italian-test-a2-exemption-hint = Хто в одній із цих ситуацій, не мусить складати тест.
flow-italian-test-a2-exemption-none = Ні, нічого
flow-italian-test-a2-exemption-under-14 = Мені менше 14 років
flow-italian-test-a2-exemption-italian-school = У мене є диплом італійської школи
flow-italian-test-a2-exemption-cpia-certificate = У мене є сертифікат з італійської мови A2 або вище від CPIA (школи для дорослих) або від визнаної організації
flow-italian-test-a2-exemption-university = Я навчаюся або навчався в італійському університеті
flow-italian-test-a2-exemption-disability = У мене є хвороба або інвалідність, через яку я не можу вивчити мову, і є медична довідка

flow-italian-test-a2-exempt = Вам не потрібно складати тест. Коли просите довгостроковий дозвіл, принесіть документ, який це підтверджує (диплом, сертифікат або медичну довідку). Оператор може вам допомогти.

flow-italian-test-a2-recent_fail = За останні 90 днів ви не склали тест або не прийшли на нього без причини?
flow-italian-test-a2-recent_fail-hint = Після нескладеного тесту або відсутності без причини треба чекати 90 днів, щоб знову записатися.
flow-italian-test-a2-wait-90-days = Ви можете знову записатися через 90 днів після тесту. Поверніться пізніше або запитайте в оператора точну дату.

flow-italian-test-a2-page-applicant = Ваші дані
flow-italian-test-a2-surname = Прізвище
flow-italian-test-a2-given_name = Ім'я
flow-italian-test-a2-birth_date = Дата народження

flow-italian-test-a2-page-origin = Народження і громадянство
flow-italian-test-a2-birth_country = Країна народження
flow-italian-test-a2-citizenship = Громадянство
flow-italian-test-a2-codice_fiscale = Codice fiscale (податковий код)

flow-italian-test-a2-page-permit = Ваш дозвіл на проживання
flow-italian-test-a2-permit_type = Який у вас дозвіл?
flow-italian-test-a2-permit_type-work = Робота за наймом
flow-italian-test-a2-permit_type-self-employment = Самозайнятість
flow-italian-test-a2-permit_type-family = Сімейні причини
flow-italian-test-a2-permit_type-study = Навчання
flow-italian-test-a2-permit_type-other = Інше
flow-italian-test-a2-permit_number = Номер дозволу
flow-italian-test-a2-permit_number-hint = Він угорі праворуч на картці дозволу.
flow-italian-test-a2-permit_expiry = Дата закінчення дозволу
flow-italian-test-a2-permit_expiry-hint = Якщо термін дозволу недавно закінчився і ви подали заяву на продовження, напишіть дату зі старої картки.

flow-italian-test-a2-page-passport = Ваш паспорт
flow-italian-test-a2-passport_number = Номер паспорта
flow-italian-test-a2-passport_expiry = Дата закінчення паспорта

flow-italian-test-a2-page-address = Де ви живете
flow-italian-test-a2-comune = Громада (comune)
flow-italian-test-a2-street = Вулиця і номер будинку
flow-italian-test-a2-cap = CAP (поштовий індекс)

flow-italian-test-a2-page-contacts = Як вас запросять на тест
flow-italian-test-a2-email = Електронна пошта
flow-italian-test-a2-email-hint = Prefettura надсилає запрошення електронною поштою: напишіть адресу, яку ви читаєте щодня.
flow-italian-test-a2-phone = Телефон

flow-italian-test-a2-what_next = Протягом 60 днів Prefettura надішле вам електронною поштою запрошення: день, час і CPIA, де буде тест. Візьміть паспорт і дозвіл на проживання. Результат також отримає Questura (поліція).
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = Ваш SPID або ваша CIE з PIN-кодом; дозвіл на проживання; паспорт; адреса електронної пошти, яку ви читаєте: запрошення прийде туди.
