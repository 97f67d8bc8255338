## Онлайн-журнали та газети: assets/flows/online-magazines.toml.

flow-online-magazines-has_card = Чи є у вас картка бібліотеки Тоскани?
flow-online-magazines-has_card-hint = З карткою ви безкоштовно читаєте газети й журнали з усього світу на телефоні або комп'ютері.

flow-online-magazines-get_a_card = Картка безкоштовна. Ідіть до Biblioteca Città di Arezzo (via dei Pileati 8) з документом, що посвідчує особу: її зроблять одразу. Потім поверніться сюди або читайте газети вдома через MLOL.

flow-online-magazines-page-card-number = Ваша картка
flow-online-magazines-card_number = Номер картки
flow-online-magazines-card_number-hint = Він під штрихкодом на картці.
flow-online-magazines-card_surname = Прізвище, як на картці

flow-online-magazines-magazine_language = Якою мовою ви хочете читати?
flow-online-magazines-magazine_language-italian = Італійська
flow-online-magazines-magazine_language-english = Англійська
flow-online-magazines-magazine_language-french = Французька
flow-online-magazines-magazine_language-spanish = Іспанська
flow-online-magazines-magazine_language-arabic = Арабська
flow-online-magazines-magazine_language-romanian = Румунська
flow-online-magazines-magazine_language-albanian = Албанська
flow-online-magazines-magazine_language-ukrainian = Українська
flow-online-magazines-magazine_language-chinese = Китайська
flow-online-magazines-magazine_language-bengali = Бенгальська
flow-online-magazines-magazine_language-urdu = Урду

flow-online-magazines-magazine_kind = Що ви хочете читати?
flow-online-magazines-magazine_kind-newspaper = Газети (щоденні)
flow-online-magazines-magazine_kind-magazine = Журнали
flow-online-magazines-magazine_kind-any = І те, і те

flow-online-magazines-magazine = Виберіть газету або журнал
flow-online-magazines-magazine-hint = Ми надрукуємо аркуш із назвою та інструкцією, як його читати.
flow-online-magazines-magazine-none = Цією мовою немає жодного видання. Поверніться назад і виберіть іншу мову.

flow-online-magazines-how_to_read = На аркуші є назва і QR-код. На телефоні відкрийте сайт бібліотеки (MLOL), увійдіть з номером картки і паролем, який вам дала бібліотека, і знайдіть назву. У бібліотеці можна читати також на комп'ютерах.
