## Навчальні курси: assets/flows/training-courses.toml.

flow-training-courses-area = Де ви хочете пройти курс?
flow-training-courses-area-arezzo = Arezzo і околиці
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = Онлайн, з дому
flow-training-courses-area-any = По всій провінції

flow-training-courses-sector = Якої роботи ви хочете навчитися?
flow-training-courses-sector-care = Догляд за людьми (badante, OSS)
flow-training-courses-sector-catering = Кухня, бари й ресторани
flow-training-courses-sector-building = Будівництво
flow-training-courses-sector-industry = Промисловість, механіка, ювелірна справа
flow-training-courses-sector-logistics = Склад і перевезення
flow-training-courses-sector-agriculture = Сільське господарство
flow-training-courses-sector-computing = Комп'ютер та інформатика
flow-training-courses-sector-italian-language = Італійська мова
flow-training-courses-sector-any = Усі курси

flow-training-courses-page-conditions = Ваші умови
flow-training-courses-free_only = Показати тільки безкоштовні курси?
flow-training-courses-registered_unemployed = Ви зареєстровані як безробітний у Centro per l'Impiego (центрі зайнятості)?
flow-training-courses-registered_unemployed-hint = Хто зареєстрований, може отримати ваучер до 3.000 євро і допомогу за відвідування курсу.

flow-training-courses-course = Виберіть курс
flow-training-courses-course-hint = Ми надрукуємо картку курсу з контактами навчальної агенції.
flow-training-courses-course-none = З таким вибором курсів немає. Поверніться назад і спробуйте іншу зону або іншу галузь.

flow-training-courses-how_to_apply = На картці є кінцевий строк і контакти навчальної агенції. Зателефонуйте або підіть до агенції до кінцевого строку, з документом і дозволом на проживання. Щодо ваучера поговоріть із Centro per l'Impiego.
