## Інформаційні аркуші для кожної послуги ("надрукувати інформацію"): що потрібно,
## скільки коштує, де і коли. Дані з нотаток проєкту (DOMAIN.md).

info-need = Що вам потрібно
info-cost = Скільки коштує
info-where = Де і коли

info-certificates-need = Codice fiscale (податковий код) людини, на яку оформлюють довідку. Для довідки з гербовою маркою — marca da bollo (гербова марка) за 16 євро.
info-certificates-cost = Довідка онлайн безкоштовна. З гербовою маркою вона коштує 16 євро (marca da bollo); довідки про народження і про шлюб завжди без марки.
info-certificates-where = Одразу, тут у кіоску або на порталі ANPR. Довідка дійсна 6 місяців, і її не подають до державних установ: їм достатньо вашої власної письмової заяви (самодекларації).

info-residence-change-need = Документ, що посвідчує особу, кожної людини, яка переїжджає; дозвіл на проживання (або квитанція Poste) для тих, хто не є громадянином Європейського Союзу; зареєстрований договір оренди або документ, що дає право жити в цьому житлі.
info-residence-change-cost = Безкоштовно.
info-residence-change-where = Протягом 20 днів після переїзду. Comune реєструє заяву протягом 2 робочих днів; Polizia Municipale (муніципальна поліція) може перевірити протягом 45 днів. Ufficio Anagrafe (відділ реєстрації населення), Comune di Arezzo, Piazza Amintore Fanfani.

info-permit-status-need = Номер справи (10 символів) або "numero assicurata" (12 цифр) з квитанції Poste.
info-permit-status-cost = Безкоштовно.
info-permit-status-where = Будь-коли, тут або на сайті Polizia di Stato (на публічній сторінці, яку читає кіоск). Коли дозвіл буде готовий, Questura (поліція) надішле вам SMS з днем і місцем, де його забрати.

info-family-reunification-need = Дозвіл на проживання щонайменше на один рік, дохід за останній рік (Certificazione Unica або податкова декларація), договір на житло і довідка Comune про придатність житла (idoneità alloggiativa), документи членів сім'ї.
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = Для заяви потрібна marca da bollo (гербова марка) за 16 євро; її дані вписують на порталі. За довідку про придатність житла і за переклади документів треба платити.
info-family-reunification-where = Заява подається на порталі ALI Ministero dell'Interno, через ваш SPID або вашу CIE: тут ви її готуєте, а якщо хочете, оператор подасть її разом з вами. Вона надходить до Sportello Unico per l'Immigrazione при Prefettura di Arezzo; потім член сім'ї просить візу в італійському консульстві.

info-citizenship-status-need = Номер заяви (K10…) і ваша дата народження.
info-citizenship-status-cost = Безкоштовно.
info-citizenship-status-where = Стан заяви можна побачити тільки на порталі ALI Ministero dell'Interno, увійшовши через ваш SPID або вашу CIE: тут ви готуєте аркуш, а якщо хочете, оператор відкриє портал разом з вами. Закон передбачає рішення протягом 24 місяців, з можливим продовженням до 36.

info-italian-test-a2-need = Дозвіл на проживання, паспорт, codice fiscale (податковий код) і адреса електронної пошти, яку ви читаєте щодня.
info-italian-test-a2-cost = Безкоштовно.
info-italian-test-a2-where = Заява подається на сайті testitaliano.interno.it, через ваш SPID або вашу CIE: тут ви її готуєте, а якщо хочете, оператор подасть її разом з вами. Запрошення надходить електронною поштою протягом 60 днів; тест складають у CPIA (школі для дорослих). Якщо ви його не складете, можна знову записатися через 90 днів.

info-state-school-enrolment-need = Дані дитини і батьків, код школи, яку ви обираєте (10 символів, для Arezzo починається з AR), і адреса електронної пошти.
info-state-school-enrolment-cost = Безкоштовно.
info-state-school-enrolment-where = Запис відбувається на платформі Unica Міністерства, через ваш SPID або вашу CIE, щороку в січні–лютому: тут ви його готуєте, а якщо хочете, оператор зробить його разом з вами. В інший час віднесіть бланк до секретаріату школи.

info-municipal-school-services-need = Дані дитини і того з батьків, хто платить, codice fiscale, назва школи і, якщо вона у вас є, довідка ISEE.
info-municipal-school-services-cost = Заява безкоштовна. Плата за послугу залежить від ISEE: до 13.500 євро тариф знижений.
info-municipal-school-services-where = Шкільний відділ Comune di Arezzo (Sportello Unico, Piazza Amintore Fanfani), у періоди запису, які визначає Comune.

info-online-magazines-need = Картка однієї з бібліотек Тоскани.
info-online-magazines-cost = Безкоштовно.
info-online-magazines-where = Будь-коли, з телефона або комп'ютера через MLOL, або в бібліотеці. Картку роблять безкоштовно в Biblioteca Città di Arezzo, via dei Pileati 8.

info-training-courses-need = Документ, що посвідчує особу, і дозвіл на проживання. Для ваучерів і допомоги — реєстрація в Centro per l'Impiego (центрі зайнятості).
info-training-courses-cost = Багато курсів безкоштовні; вартість указана на картці курсу.
info-training-courses-where = У навчальній агенції, указаній на картці, до кінцевого строку. Інформація — у Centro per l'Impiego в Arezzo, via Monte Cervino 24.

info-job-offers-need = Резюме, документ, що посвідчує особу, і дозвіл на проживання.
info-job-offers-cost = Безкоштовно.
info-job-offers-where = У Centro per l'Impiego, указаному у вакансії (Arezzo, San Giovanni Valdarno, Sestino, Civitella), до дати закриття.

info-health-booking-need = Електронний рецепт (номер NRE) і tessera sanitaria (медична картка) або код STP, якщо у вас немає дозволу на проживання.
info-health-booking-cost = Ви платите ticket через pagoPA, якщо в рецепті не написано пільгу.
info-health-booking-where = Лікарні та будинки здоров'я (case della salute) USL Toscana Sud Est. Щоб скасувати запис, зателефонуйте до CUP і назвіть код запису.
