## Family reunification: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = Ваш дозвіл на проживання
flow-family-reunification-permit_type = Який у вас дозвіл?
flow-family-reunification-permit_type-work = Робота за наймом
flow-family-reunification-permit_type-self-employment = Самозайнятість
flow-family-reunification-permit_type-family = Сімейні причини
flow-family-reunification-permit_type-long-term = Довгостроковий резидент ЄС
flow-family-reunification-permit_type-study = Навчання
flow-family-reunification-permit_type-asylum = Притулок або додатковий захист
flow-family-reunification-permit_type-other = Інше
flow-family-reunification-permit_one_year = Ваш дозвіл діє щонайменше один рік?
flow-family-reunification-permit_one_year-hint = Подивіться на дозволі дату видачі та дату закінчення.
flow-family-reunification-permit-too-short = Щоб подати заяву на возз'єднання сім'ї, потрібен дозвіл щонайменше на один рік. Запитайте оператора про інші можливості.

flow-family-reunification-family-add-another = Хочете додати ще одного члена сім'ї?
flow-family-reunification-page-member = Член сім'ї, якого ви хочете привезти до Італії
flow-family-reunification-relationship = Ким ця людина вам доводиться?
flow-family-reunification-relationship-spouse = Чоловік або дружина
flow-family-reunification-relationship-minor-child = Син або дочка до 18 років
flow-family-reunification-relationship-adult-child-disabled = Повнолітній син або дочка з повною інвалідністю
flow-family-reunification-relationship-parent = Батько або мати на вашому утриманні
flow-family-reunification-member_surname = Прізвище
flow-family-reunification-member_given_name = Ім'я
flow-family-reunification-member_birth_date = Дата народження
flow-family-reunification-member_country = Країна, де ця людина живе зараз
flow-family-reunification-member_country-hint = Візу просять в італійському консульстві цієї країни.
flow-family-reunification-age-does-not-fit = Вік не підходить: чоловікові чи дружині має бути щонайменше 18 років, неповнолітній дитині — менше 18.

flow-family-reunification-annual_income = Ваш дохід за останній рік, у євро
flow-family-reunification-annual_income-hint = Загальна сума брутто з Certificazione Unica або з податкової декларації. Можна додати дохід членів сім'ї, які живуть з вами.
flow-family-reunification-income-too-low = Для такої кількості членів сім'ї потрібен дохід щонайменше { NUMBER($income_threshold, minimumFractionDigits: 2) } євро на рік. Запитайте оператора: іноді можна додати дохід інших членів сім'ї.

flow-family-reunification-page-housing = Житло, де ви будете жити
flow-family-reunification-dwelling_area = Яка площа житла в квадратних метрах?
flow-family-reunification-dwelling_area-hint = Це написано в договорі оренди або на плані житла (planimetria).
flow-family-reunification-housing-too-small = Для всіх людей, які житимуть у цьому житлі, потрібно щонайменше { NUMBER($housing_minimum, maximumFractionDigits: 0) } м².
flow-family-reunification-housing_certificate = У вас є довідка Comune про придатність житла (idoneità alloggiativa)?
flow-family-reunification-housing_certificate-hint = Якщо її ще немає, зверніться до житлового відділу Comune (Ufficio casa): вона потрібна для заяви.

flow-family-reunification-page-applicant = Ваші дані
flow-family-reunification-surname = Прізвище
flow-family-reunification-given_name = Ім'я
flow-family-reunification-codice_fiscale = Codice fiscale (податковий код)

flow-family-reunification-page-contacts = Як з вами зв'язатися
flow-family-reunification-phone = Номер телефону
flow-family-reunification-email = Електронна пошта (якщо є)

flow-family-reunification-what_next = Заява надходить до Sportello Unico per l'Immigrazione при Prefettura (префектурі), який запитує висновок Questura. Дозвіл (nulla osta) надходить протягом 90 днів. Потім член сім'ї просить візу в італійському консульстві; протягом 8 днів після прибуття до Італії ви маєте разом прийти до Sportello Unico.
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = Ваш SPID або ваша CIE з PIN-кодом; дозвіл на проживання; ваш паспорт і паспорти членів сім'ї; договір оренди або документ про власність на житло і довідка Comune про придатність житла (idoneità alloggiativa); дохід за останній рік (Certificazione Unica або податкова декларація); дані гербової марки (marca da bollo) на 16 євро.
