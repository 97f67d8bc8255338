## Шкільні послуги громади: assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = На які послуги ви подаєте заяву?
flow-municipal-school-services-services-hint = Можна вибрати кілька.
flow-municipal-school-services-services-nursery = Ясла (asilo nido, від 3 місяців до 3 років)
flow-municipal-school-services-services-canteen = Шкільна їдальня (mensa)
flow-municipal-school-services-services-transport = Шкільний транспорт (шкільний автобус)

flow-municipal-school-services-page-transport = Шкільний транспорт
flow-municipal-school-services-transport_far = Ви живете за межами центру міста і далі ніж 1 км від школи?
flow-municipal-school-services-transport_far-hint = Шкільний автобус тільки для тих, хто живе далеко від школи.
flow-municipal-school-services-transport-too-close = Транспорт тільки для тих, хто живе за межами центру і далі ніж 1 км від школи. Поверніться назад і приберіть транспорт або запитайте оператора.
flow-municipal-school-services-transport_nearest_school = Дитина ходить до найближчої до дому школи?

flow-municipal-school-services-page-child = Дитина
flow-municipal-school-services-child_surname = Прізвище
flow-municipal-school-services-child_given_name = Ім'я
flow-municipal-school-services-child_birth_date = Дата народження
flow-municipal-school-services-nursery-age = Ясла для дітей до 3 років. Для старшої дитини приберіть ясла з вибору.
flow-municipal-school-services-child_codice_fiscale = Codice fiscale (податковий код) дитини
flow-municipal-school-services-child_codice_fiscale-hint = Якщо в дитини немає codice fiscale, залиште поле порожнім.

flow-municipal-school-services-school_name = До якої школи ходить дитина?
flow-municipal-school-services-school_name-hint = Назва школи і клас, наприклад "Primaria Pio Borri, 2ª B".

flow-municipal-school-services-page-diet = Харчування
flow-municipal-school-services-special_diet = Чи потрібна дитині особлива дієта?
flow-municipal-school-services-special_diet-none = Ні
flow-municipal-school-services-special_diet-medical = Так, через здоров'я (алергія, непереносимість)
flow-municipal-school-services-special_diet-religious = Так, з релігійних причин
flow-municipal-school-services-special_diet-vegetarian = Так, вегетаріанська
flow-municipal-school-services-diet_details = Що дитині не можна їсти?
flow-municipal-school-services-diet_details-hint = Якщо причина в здоров'ї, потрібна ще довідка від лікаря: віднесіть її до шкільного відділу громади.

flow-municipal-school-services-page-parent = Батько або мати, що платить за послугу
flow-municipal-school-services-parent_relationship = Хто ви для дитини?
flow-municipal-school-services-parent_relationship-mother = Мати
flow-municipal-school-services-parent_relationship-father = Батько
flow-municipal-school-services-parent_relationship-guardian = Опікун
flow-municipal-school-services-parent_surname = Прізвище
flow-municipal-school-services-parent_given_name = Ім'я
flow-municipal-school-services-parent_codice_fiscale = Ваш codice fiscale

flow-municipal-school-services-page-address = Де ви живете
flow-municipal-school-services-comune = Громада (comune)
flow-municipal-school-services-street = Вулиця і номер будинку
flow-municipal-school-services-cap = CAP (поштовий індекс)

flow-municipal-school-services-page-isee = ISEE
flow-municipal-school-services-has_isee = Чи є у вас дійсна довідка ISEE (показник доходу сім'ї)?
flow-municipal-school-services-has_isee-hint = З ISEE до 13.500 євро ви платите знижений тариф. Без ISEE платять повний тариф. ISEE можна зробити безкоштовно в CAF.
flow-municipal-school-services-isee_value = Значення ISEE, у євро

flow-municipal-school-services-page-contacts = Ваші контакти
flow-municipal-school-services-phone = Телефон
flow-municipal-school-services-email = Електронна пошта

flow-municipal-school-services-what_next = Шкільний відділ Comune перевіряє заяву і публікує списки (graduatorie). Вам напишуть або зателефонують, щоб сказати, чи дитину прийнято і скільки коштує послуга.
