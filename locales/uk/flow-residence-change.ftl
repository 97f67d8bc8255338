## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = Чому ви змінюєте місце проживання?
flow-residence-change-reason-from-other-comune = Я переїжджаю з іншої італійської громади (comune)
flow-residence-change-reason-from-abroad = Я приїжджаю з-за кордону
flow-residence-change-reason-within-comune = Я переїжджаю в межах Arezzo
flow-residence-change-reason-other = Інша причина
flow-residence-change-previous_comune = З якої громади (comune) ви переїжджаєте?
flow-residence-change-previous_comune-hint = Громада, де ви були зареєстровані раніше.
flow-residence-change-previous_country = З якої країни ви приїжджаєте?

flow-residence-change-page-applicant = Ваші дані
flow-residence-change-surname = Прізвище
flow-residence-change-given_name = Ім'я
flow-residence-change-sex = Стать
flow-residence-change-sex-female = Жіноча
flow-residence-change-sex-male = Чоловіча

flow-residence-change-page-applicant-birth = Дані про народження
flow-residence-change-birth_date = Дата народження
flow-residence-change-birth_country = Країна народження
flow-residence-change-adult-required = Заяву має подавати повнолітня людина. Неповнолітнього додайте як людину, яка переїжджає з вами.

flow-residence-change-page-applicant-codes = Codice fiscale і громадянство
flow-residence-change-codice_fiscale = Codice fiscale (податковий код)
flow-residence-change-codice_fiscale-hint = Він є на медичній картці (tessera sanitaria): 16 символів або 11 цифр, якщо він тимчасовий.
flow-residence-change-citizenship = Громадянство

flow-residence-change-civil_status = Сімейний стан
flow-residence-change-civil_status-single = Неодружений або незаміжня
flow-residence-change-civil_status-married = Одружений або заміжня
flow-residence-change-civil_status-civil-union = У цивільному союзі
flow-residence-change-civil_status-separated = Живу окремо від подружжя (separazione)
flow-residence-change-civil_status-divorced = Розлучений або розлучена
flow-residence-change-civil_status-widowed = Вдівець або вдова

flow-residence-change-page-address = Нова адреса в Arezzo
flow-residence-change-street = Вулиця або площа
flow-residence-change-street-hint = Наприклад: Via Roma.
flow-residence-change-house_number = Номер будинку
flow-residence-change-interior = Номер квартири (якщо є)
flow-residence-change-cap = CAP (поштовий індекс)
flow-residence-change-cap-arezzo = Цей CAP не належить до Comune di Arezzo: CAP міста — 52100.

flow-residence-change-others_registered = У цьому житлі вже зареєстровані інші люди?
flow-residence-change-others_registered-hint = Якщо так, голова цієї сім'ї має підписати свою згоду.
flow-residence-change-registered_holder = Ім'я та прізвище голови сім'ї (intestatario della scheda di famiglia)
flow-residence-change-registered_holder-hint = Людина, яка вже тут зареєстрована і підписує згоду.

flow-residence-change-title = На якій підставі ви живете в цьому житлі?
flow-residence-change-title-owner = Я власник
flow-residence-change-title-lease = У мене є зареєстрований договір оренди
flow-residence-change-title-public-housing = Соціальне житло (ERP)
flow-residence-change-title-free-loan = Зареєстроване безоплатне користування (comodato d'uso)
flow-residence-change-title-usufruct = Узуфрукт (право користування)
flow-residence-change-title-other = Інше (гість, спільне проживання)

flow-residence-change-page-lease = Дані реєстрації договору
flow-residence-change-lease_office = Відділення Agenzia delle Entrate (податкова служба)
flow-residence-change-lease_office-hint = Це написано на квитанції про реєстрацію договору.
flow-residence-change-lease_date = Дата реєстрації
flow-residence-change-lease_number = Реєстраційний номер

flow-residence-change-members-add-another = З вами переїжджає ще хтось?
flow-residence-change-page-member = Людина, яка переїжджає з вами
flow-residence-change-member_surname = Прізвище
flow-residence-change-member_given_name = Ім'я
flow-residence-change-member_birth_date = Дата народження
flow-residence-change-member_relationship = Ким ця людина вам доводиться?
flow-residence-change-member_relationship-spouse = Чоловік або дружина
flow-residence-change-member_relationship-partner = Партнер або партнерка
flow-residence-change-member_relationship-child = Син або дочка
flow-residence-change-member_relationship-parent = Батько або мати
flow-residence-change-member_relationship-sibling = Брат або сестра
flow-residence-change-member_relationship-other = Інше
flow-residence-change-page-member-codes = Codice fiscale і громадянство цієї людини
flow-residence-change-member_codice_fiscale = Codice fiscale (якщо є)
flow-residence-change-member_citizenship = Громадянство

flow-residence-change-page-contacts = Як з вами зв'язатися
flow-residence-change-phone = Номер телефону
flow-residence-change-email = Електронна пошта (якщо є)

flow-residence-change-what_next = Ваш запит призначений для подання заяви: заява дійсна лише тоді, коли її підписали всі повнолітні люди, які переїжджають (клітинки на формі), і ви подали її у віконці відділу реєстрації населення (anagrafe) або надіслали через PEC (сертифіковану електронну пошту) разом з документами, що посвідчують особу, усіх людей і дозволом на проживання (або квитанцією про подання заяви на нього). З цього дня Comune реєструє місце проживання протягом 2 робочих днів; протягом 45 днів Polizia Municipale (муніципальна поліція) може прийти й перевірити, що ви живете за цією адресою: якщо ви не отримаєте жодних повідомлень, місце проживання підтверджено.
