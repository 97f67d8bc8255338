## Вакансії: assets/flows/job-offers.toml.

flow-job-offers-area = Де ви хочете працювати?
flow-job-offers-area-arezzo = Arezzo і околиці
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = По всій провінції

flow-job-offers-sector = У якій галузі?
flow-job-offers-sector-care = Догляд за людьми
flow-job-offers-sector-catering = Кухня, бари й ресторани
flow-job-offers-sector-building = Будівництво
flow-job-offers-sector-industry = Промисловість, механіка, ювелірна справа
flow-job-offers-sector-logistics = Склад і перевезення
flow-job-offers-sector-agriculture = Сільське господарство
flow-job-offers-sector-cleaning = Прибирання
flow-job-offers-sector-retail = Магазини й продаж
flow-job-offers-sector-any = Усі галузі

flow-job-offers-page-hours = Графік і водійські права
flow-job-offers-hours = Скільки годин ви хочете працювати?
flow-job-offers-hours-full-time = Повний день
flow-job-offers-hours-part-time = Неповний день (part-time)
flow-job-offers-hours-any = Не важливо
flow-job-offers-driving_licence = Чи є у вас водійські права, дійсні в Італії?
flow-job-offers-driving_licence-hint = Якщо відповісте "ні", ми не покажемо вакансії, де потрібні права.

flow-job-offers-offer = Виберіть вакансію
flow-job-offers-offer-hint = Ми надрукуємо вакансію з кодом і Centro per l'Impiego (центром зайнятості), куди треба звернутися.
flow-job-offers-offer-none = З таким вибором вакансій немає. Поверніться назад і спробуйте іншу зону або іншу галузь.

flow-job-offers-how_to_apply = Щоб подати кандидатуру, ідіть до Centro per l'Impiego, указаного на аркуші, або напишіть на вказану адресу, з кодом вакансії, резюме і дозволом на проживання. Зробіть це до дати закриття.
