## Categories of the home screen.

category-citizen-life = Життя громадянина
category-education = Освіта
category-culture = Культура
category-work-training = Робота і навчання
category-health = Здоров'я

## Services: name, then one line under it.

service-certificates = Довідки з реєстру населення
service-certificates-summary = Замовте довідку про місце проживання, склад сім'ї чи іншу та роздрукуйте її тут.
service-residence-change = Зміна місця проживання
service-residence-change-summary = Повідомте свою нову адресу і хто живе з вами.
service-permit-status = Перевірка дозволу на проживання
service-permit-status-summary = Дізнайтеся, чи готовий ваш дозвіл на проживання (permesso di soggiorno).
service-family-reunification = Возз'єднання сім'ї
service-family-reunification-summary = Перевірте дохід і житло, потім підготуйте заяву для порталу ALI.
service-citizenship-status = Стан заяви на громадянство
service-citizenship-status-summary = Як дізнатися на порталі ALI, на якому етапі ваша заява.
service-italian-test-a2 = Тест з італійської мови A2
service-italian-test-a2-summary = Підготуйте запис на тест, який робиться на порталі Міністерства.
service-state-school-enrolment = Запис до державної школи
service-state-school-enrolment-summary = Підготуйте запис до першого класу, який робиться на порталі Unica.
service-municipal-school-services = Ясла, шкільне харчування і шкільний автобус
service-municipal-school-services-summary = Подайте заявку до Comune (міської ради) на ясла, харчування або шкільний автобус.
service-online-magazines = Газети та журнали онлайн
service-online-magazines-summary = Читайте газети та журнали багатьма мовами з карткою бібліотеки.
service-training-courses = Навчальні курси
service-training-courses-summary = Знайдіть курс у провінції Arezzo та роздрукуйте його опис.
service-job-offers = Вакансії
service-job-offers-summary = Шукайте вакансії центрів зайнятості (Centri per l'impiego) та роздрукуйте їхній опис.
service-health-booking = Запис до лікаря та на обстеження
service-health-booking-summary = Запишіться за електронним рецептом і сплатіть збір (ticket) через pagoPA.
