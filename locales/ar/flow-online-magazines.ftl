## المجلات والجرائد على الإنترنت: assets/flows/online-magazines.toml.

flow-online-magazines-has_card = هل عندك بطاقة مكتبة في توسكانا؟
flow-online-magazines-has_card-hint = بالبطاقة تقرأ مجانًا جرائد ومجلات من كل العالم على الهاتف أو على الكمبيوتر.

flow-online-magazines-get_a_card = البطاقة مجانية. اذهب إلى Biblioteca Città di Arezzo (via dei Pileati 8) ومعك وثيقة هوية: يصنعونها لك فورًا. بعدها ارجع إلى هنا أو اقرأ الجرائد من البيت مع MLOL.

flow-online-magazines-page-card-number = بطاقتك
flow-online-magazines-card_number = رقم البطاقة
flow-online-magazines-card_number-hint = تجده تحت الباركود على البطاقة.
flow-online-magazines-card_surname = اسم العائلة، كما هو على البطاقة

flow-online-magazines-magazine_language = بأي لغة تريد أن تقرأ؟
flow-online-magazines-magazine_language-italian = الإيطالية
flow-online-magazines-magazine_language-english = الإنجليزية
flow-online-magazines-magazine_language-french = الفرنسية
flow-online-magazines-magazine_language-spanish = الإسبانية
flow-online-magazines-magazine_language-arabic = العربية
flow-online-magazines-magazine_language-romanian = الرومانية
flow-online-magazines-magazine_language-albanian = الألبانية
flow-online-magazines-magazine_language-ukrainian = الأوكرانية
flow-online-magazines-magazine_language-chinese = الصينية
flow-online-magazines-magazine_language-bengali = البنغالية
flow-online-magazines-magazine_language-urdu = الأردية

flow-online-magazines-magazine_kind = ماذا تريد أن تقرأ؟
flow-online-magazines-magazine_kind-newspaper = جرائد (يومية)
flow-online-magazines-magazine_kind-magazine = مجلات
flow-online-magazines-magazine_kind-any = الاثنان

flow-online-magazines-magazine = اختر الجريدة أو المجلة
flow-online-magazines-magazine-hint = نطبع لك ورقة فيها الاسم وطريقة قراءتها.
flow-online-magazines-magazine-none = لا توجد عناوين بهذه اللغة. ارجع واختر لغة أخرى.

flow-online-magazines-how_to_read = على الورقة الاسم ورمز QR. على الهاتف افتح موقع المكتبة (MLOL)، وادخل برقم البطاقة وكلمة السر التي أعطتك إياها المكتبة، وابحث عن الاسم. في المكتبة يمكنك أن تقرأه أيضًا على الكمبيوتر.
