## Запис до лікаря і ticket: assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = Який у вас рецепт?
flow-health-booking-prescription_kind-hint = Електронний рецепт — це білий аркуш із двома штрихкодами вгорі.
flow-health-booking-prescription_kind-electronic = Електронний рецепт (білий аркуш)
flow-health-booking-prescription_kind-paper = Червоний паперовий рецепт

flow-health-booking-paper_prescription = Червоний рецепт тут прочитати не можна. Запишіться у віконці CUP у лікарні, в аптеці або телефоном (безкоштовний номер є на рецепті).

flow-health-booking-page-codes = Коди рецепта
flow-health-booking-nre = Номер рецепта (NRE)
flow-health-booking-nre-hint = 15 символів, над двома штрихкодами вгорі рецепта.
flow-health-booking-patient_code = Codice fiscale (податковий код) пацієнта або код STP
flow-health-booking-patient_code-hint = Codice fiscale є на tessera sanitaria (медичній картці). Хто не має дозволу на проживання, використовує код STP (починається з STP і має 16 символів).

flow-health-booking-priority = Який пріоритет указано в рецепті?
flow-health-booking-priority-hint = Це буква в полі "priorità" на рецепті.
flow-health-booking-priority-u = U: терміново (протягом 72 годин)
flow-health-booking-priority-b = B: короткий строк (протягом 10 днів)
flow-health-booking-priority-d = D: можна відкласти (протягом 30 або 60 днів)
flow-health-booking-priority-p = P: планово

flow-health-booking-area = Куди вам зручніше піти?
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = Перше вільне місце, будь-де

flow-health-booking-slot = Виберіть день і час
flow-health-booking-slot-hint = Це вільні місця для вашого рецепта.
flow-health-booking-slot-none = У цій зоні немає вільних місць. Поверніться назад і виберіть іншу зону або запитайте оператора.

flow-health-booking-phone = Ваш телефон
flow-health-booking-phone-hint = CUP зателефонує або напише вам, якщо запис зміниться.

flow-health-booking-payment = Ми надрукуємо аркуш запису і повідомлення про оплату ticket (pagoPA). Оплатіть до візиту: в аптеці, у тютюновому кіоску (tabaccheria), на пошті, через app IO або в касі лікарні. Якщо в рецепті написано пільгу (esenzione), ticket платити не треба. Щоб скасувати запис, зателефонуйте до CUP і назвіть код запису.
