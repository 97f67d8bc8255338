## Запис до державних шкіл: assets/flows/state-school-enrolment.toml.

flow-state-school-enrolment-window_closed = Онлайн-запис закрито: він буває щороку в січні–лютому. Але ви можете підготувати заяву тут: ми її надрукуємо, а ви віднесете її до секретаріату школи, який приймає заяви й після строку.

flow-state-school-enrolment-school_level = До якої школи ви хочете записати сина або доньку?
flow-state-school-enrolment-school_level-hint = Тільки перший клас. Для дитячого садка (scuola dell'infanzia) є паперовий бланк школи.
flow-state-school-enrolment-school_level-primary = Scuola primaria (початкова школа), перший клас
flow-state-school-enrolment-school_level-lower-secondary = Scuola secondaria di primo grado (середня школа, "media"), перший клас
flow-state-school-enrolment-school_level-upper-secondary = Scuola secondaria di secondo grado (старша школа, "superiore"), перший клас
flow-state-school-enrolment-school_level-vocational = Курс професійної підготовки від Регіону (CFP)

flow-state-school-enrolment-page-pupil = Дитина, яку записуєте
flow-state-school-enrolment-pupil_surname = Прізвище
flow-state-school-enrolment-pupil_given_name = Ім'я
flow-state-school-enrolment-pupil_sex = Стать
flow-state-school-enrolment-pupil_sex-female = Жіноча
flow-state-school-enrolment-pupil_sex-male = Чоловіча
flow-state-school-enrolment-pupil_birth_date = Дата народження
flow-state-school-enrolment-too-old-for-primary = Для першого класу початкової школи дитині має бути 5 або 6 років. Щодо старшої дитини поговоріть зі школою.

flow-state-school-enrolment-page-pupil-origin = Народження і документи дитини
flow-state-school-enrolment-pupil_birth_country = Країна народження
flow-state-school-enrolment-pupil_citizenship = Громадянство
flow-state-school-enrolment-pupil_has_cf = Чи є в дитини codice fiscale (податковий код)?
flow-state-school-enrolment-pupil_has_cf-hint = Навіть без codice fiscale і без документів дитина має право ходити до школи: школа вам допоможе.
flow-state-school-enrolment-pupil_codice_fiscale = Codice fiscale дитини

flow-state-school-enrolment-page-parent = Батько або мати, що подає заяву
flow-state-school-enrolment-parent_relationship = Хто ви для дитини?
flow-state-school-enrolment-parent_relationship-mother = Мати
flow-state-school-enrolment-parent_relationship-father = Батько
flow-state-school-enrolment-parent_relationship-guardian = Опікун
flow-state-school-enrolment-parent_surname = Прізвище
flow-state-school-enrolment-parent_given_name = Ім'я
flow-state-school-enrolment-parent_codice_fiscale = Ваш codice fiscale
flow-state-school-enrolment-parent_codice_fiscale-hint = Якщо у вас немає codice fiscale, залиште поле порожнім: школа допоможе вам заповнити заяву.

flow-state-school-enrolment-page-address = Де живе дитина
flow-state-school-enrolment-comune = Громада (comune)
flow-state-school-enrolment-street = Вулиця і номер будинку
flow-state-school-enrolment-cap = CAP (поштовий індекс)

flow-state-school-enrolment-page-contacts = Як школа вам напише
flow-state-school-enrolment-email = Електронна пошта
flow-state-school-enrolment-email-hint = Новини про заяву приходять електронною поштою і в app IO.
flow-state-school-enrolment-phone = Телефон

flow-state-school-enrolment-page-schools = Школи, які ви обираєте
flow-state-school-enrolment-first_choice = Код школи, яку ви обираєте першою
flow-state-school-enrolment-first_choice-hint = Код має 10 символів і для Arezzo починається з AR, наприклад ARIC82100X. Його можна знайти на "Scuola in Chiaro" або запитати в оператора.
flow-state-school-enrolment-second_choice = Другий вибір (за бажанням)
flow-state-school-enrolment-third_choice = Третій вибір (за бажанням)
flow-state-school-enrolment-same-school-twice = Ви вже обрали цю школу: напишіть іншу школу або залиште поле порожнім.

flow-state-school-enrolment-religion_teaching = Ви хочете, щоб ваша дитина відвідувала урок католицької релігії?
flow-state-school-enrolment-religion_teaching-hint = Якщо відповісте "ні", то з кінця травня до початку липня ви разом зі школою оберете інше заняття.
flow-state-school-enrolment-religion_teaching-yes = Так
flow-state-school-enrolment-religion_teaching-no = Ні, інше заняття

flow-state-school-enrolment-what_next = Школа розгляне заяву і напише вам електронною поштою, чи дитину прийнято до обраної школи або до іншої. Збережіть квитанцію: на ній номер заяви.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = Ваш SPID або ваша CIE з PIN-кодом; ваш codice fiscale і codice fiscale дитини; код обраної школи (codice meccanografico, на сайті школи або на Scuola in Chiaro).
