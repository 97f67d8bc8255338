## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = Яка довідка вам потрібна?
flow-certificates-certificate_type-residence = Про місце проживання
flow-certificates-certificate_type-family-status = Про склад сім'ї (stato di famiglia)
flow-certificates-certificate_type-residence-and-family = Про місце проживання і склад сім'ї
flow-certificates-certificate_type-civil-status = Про сімейний стан
flow-certificates-certificate_type-birth = Про народження
flow-certificates-certificate_type-marriage = Про шлюб
flow-certificates-certificate_type-existence = Про те, що людина жива (esistenza in vita)

flow-certificates-page-holder = Чия це довідка
flow-certificates-codice_fiscale = Codice fiscale (податковий код) людини
flow-certificates-codice_fiscale-hint = Можна замовити довідки лише про людей, які проживають в Arezzo.
flow-certificates-surname = Прізвище людини

flow-certificates-use = Для чого вам потрібна довідка?
flow-certificates-use-hint = За довідку треба заплатити гербову марку (marca da bollo) за 16 євро, крім деяких випадків, передбачених законом.
flow-certificates-use-stamp-duty = Інша мета (з гербовою маркою за 16 євро)
flow-certificates-use-school = Школа або стипендія (безкоштовно)
flow-certificates-use-pension = Пенсія (безкоштовно)
flow-certificates-use-social-assistance = Соціальна допомога або виплати (безкоштовно)
flow-certificates-use-legal-aid = Безоплатна правова допомога (gratuito patrocinio) (безкоштовно)
flow-certificates-use-sport = Аматорський спорт (безкоштовно)

flow-certificates-copies = Скільки примірників?

flow-certificates-what_next = Довідка дійсна 6 місяців. Її не можна подавати до державних установ чи постачальників державних послуг: їм достатньо вашої власної заяви (autocertificazione). Якщо довідка з гербовою маркою, купіть marca da bollo (гербову марку) за 16 євро в тютюновій крамниці (tabaccheria) і наклейте її на довідку, у вказане місце, перш ніж нею користуватися.
