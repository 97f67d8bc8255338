## ورقة معلومات كل خدمة ("اطبع هذه المعلومات"): ماذا تحتاج،
## كم تكلّف، أين ومتى. المعلومات من ملاحظات التصميم (DOMAIN.md).

info-need = ماذا تحتاج
info-cost = كم تكلّف
info-where = أين ومتى

info-certificates-need = الرقم الضريبي (codice fiscale) للشخص صاحب الشهادة. للشهادة مع الطابع: طابع ضريبي (marca da bollo) بقيمة 16 يورو.
info-certificates-cost = الشهادة عبر الإنترنت مجانية. مع الطابع تكلّف 16 يورو (marca da bollo)؛ شهادات الميلاد والزواج دائمًا بدون طابع.
info-certificates-where = فورًا، هنا في الجهاز أو على بوابة ANPR. الشهادة صالحة 6 أشهر ولا تُعطى للمكاتب العامة: يكفيها الإقرار الذاتي (autocertificazione).

info-residence-change-need = وثيقة هوية لكل شخص ينتقل، وتصريح الإقامة (أو إيصال البريد Poste) لمن ليس مواطنًا في الاتحاد الأوروبي، وعقد الإيجار المسجّل أو الوثيقة التي تسمح لك بالسكن في البيت.
info-residence-change-cost = مجاني.
info-residence-change-where = خلال 20 يومًا من الانتقال. البلدية (Comune) تسجّل التصريح خلال 2 يومَي عمل؛ وقد تأتي الشرطة البلدية (Polizia Municipale) للتأكد خلال 45 يومًا. Ufficio Anagrafe (مكتب السجل المدني) في بلدية Arezzo، Piazza Amintore Fanfani.

info-permit-status-need = رقم الملف (10 رموز) أو «numero assicurata» (12 رقمًا) من إيصال البريد (Poste).
info-permit-status-cost = مجاني.
info-permit-status-where = في أي وقت، هنا أو على الصفحة العامة لموقع Polizia di Stato (الشرطة)، وهي الصفحة التي يقرؤها الجهاز. عندما يكون التصريح جاهزًا، ترسل لك الـ Questura (مديرية الشرطة) رسالة SMS فيها اليوم والمكان لاستلامه.

info-family-reunification-need = تصريح إقامة لمدة سنة على الأقل، ودخل السنة الماضية (Certificazione Unica أو الإقرار الضريبي)، وعقد البيت وشهادة صلاحية السكن (idoneità alloggiativa) من البلدية (Comune)، ووثائق أفراد العائلة.
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = يتطلب الطلب طابعًا ضريبيًا (marca da bollo) بقيمة 16 يورو، وتُكتب بياناته على البوابة. شهادة صلاحية السكن وترجمة الوثائق لها تكلفة.
info-family-reunification-where = يُقدَّم الطلب على بوابة ALI التابعة لوزارة الداخلية Ministero dell'Interno، باستخدام SPID الخاص بك أو بطاقة CIE الخاصة بك: هنا تجهّز الطلب، وإذا أردت يقدّمه موظف معك. يذهب الطلب إلى Sportello Unico per l'Immigrazione في Prefettura di Arezzo (المحافظة)؛ بعدها يطلب فرد العائلة التأشيرة من القنصلية الإيطالية.

info-citizenship-status-need = رقم الطلب (K10…) وتاريخ ميلادك.
info-citizenship-status-cost = مجاني.
info-citizenship-status-where = لا يمكن معرفة حالة الطلب إلا على بوابة ALI التابعة لوزارة الداخلية Ministero dell'Interno، بالدخول باستخدام SPID الخاص بك أو بطاقة CIE الخاصة بك: هنا تجهّز الورقة، وإذا أردت يفتح موظف البوابة معك. ينصّ القانون على صدور القرار خلال 24 شهرًا، ويمكن تمديدها حتى 36 شهرًا.

info-italian-test-a2-need = تصريح الإقامة، وجواز السفر، والرقم الضريبي (codice fiscale)، وبريد إلكتروني تقرؤه كل يوم.
info-italian-test-a2-cost = مجاني.
info-italian-test-a2-where = يُقدَّم الطلب على موقع testitaliano.interno.it، باستخدام SPID الخاص بك أو بطاقة CIE الخاصة بك: هنا تجهّز الطلب، وإذا أردت يقدّمه موظف معك. الاستدعاء يصل بالبريد الإلكتروني خلال 60 يومًا؛ الاختبار يكون في CPIA (مركز تعليم الكبار). إذا لم تنجح، يمكنك التسجيل من جديد بعد 90 يومًا.

info-state-school-enrolment-need = بيانات الطفل والوالدين، ورمز المدرسة التي تختارها (10 رموز، في Arezzo يبدأ بـ AR)، وبريد إلكتروني.
info-state-school-enrolment-cost = مجاني.
info-state-school-enrolment-where = التسجيل يكون على منصة Unica التابعة للوزارة، باستخدام SPID الخاص بك أو بطاقة CIE الخاصة بك، كل سنة بين يناير وفبراير: هنا تجهّز التسجيل، وإذا أردت يقوم به موظف معك. خارج هذه الفترة، خذ الاستمارة إلى إدارة المدرسة.

info-municipal-school-services-need = بيانات الطفل والوالد الذي يدفع، والرقم الضريبي (codice fiscale)، واسم المدرسة، وشهادة ISEE (شهادة الوضع المالي للعائلة) إذا كانت عندك.
info-municipal-school-services-cost = الطلب مجاني. الخدمة تُدفع حسب الـ ISEE: حتى 13.500 يورو يكون السعر مخفّضًا.
info-municipal-school-services-where = مكتب المدارس في بلدية Arezzo (Sportello Unico، Piazza Amintore Fanfani)، في فترات التسجيل التي تحددها البلدية.

info-online-magazines-need = بطاقة مكتبة في توسكانا (Toscana).
info-online-magazines-cost = مجاني.
info-online-magazines-where = في أي وقت، من الهاتف أو الكمبيوتر مع MLOL، أو في المكتبة. البطاقة مجانية في Biblioteca Città di Arezzo، via dei Pileati 8.

info-training-courses-need = وثيقة هوية وتصريح الإقامة. للقسائم (voucher) والمساعدات: التسجيل في Centro per l'Impiego (مكتب التشغيل).
info-training-courses-cost = دورات كثيرة مجانية؛ ورقة الدورة تذكر التكلفة.
info-training-courses-where = عند مؤسسة التدريب المكتوبة على الورقة، قبل آخر موعد. للمعلومات: Centro per l'Impiego di Arezzo، via Monte Cervino 24.

info-job-offers-need = السيرة الذاتية، ووثيقة هوية، وتصريح الإقامة.
info-job-offers-cost = مجاني.
info-job-offers-where = في Centro per l'Impiego المكتوب على العرض (Arezzo، San Giovanni Valdarno، Sestino، Civitella)، قبل تاريخ الإغلاق.

info-health-booking-need = الوصفة الإلكترونية (رقم NRE) والبطاقة الصحية (tessera sanitaria)، أو رمز STP إذا لم يكن عندك تصريح إقامة.
info-health-booking-cost = تدفع الـ ticket (مساهمة المريض) عبر pagoPA، إلا إذا كان عندك إعفاء مكتوب على الوصفة.
info-health-booking-where = المستشفيات ومراكز الصحة (case della salute) التابعة لـ USL Toscana Sud Est. للإلغاء، اتصل بالـ CUP (مكتب الحجز) ومعك رمز الحجز.
