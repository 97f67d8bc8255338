## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = ما الشهادة التي تحتاجها؟
flow-certificates-certificate_type-residence = شهادة السكن
flow-certificates-certificate_type-family-status = شهادة الوضع العائلي (stato di famiglia)
flow-certificates-certificate_type-residence-and-family = شهادة السكن والوضع العائلي
flow-certificates-certificate_type-civil-status = شهادة الحالة المدنية
flow-certificates-certificate_type-birth = شهادة الميلاد
flow-certificates-certificate_type-marriage = شهادة الزواج
flow-certificates-certificate_type-existence = شهادة حياة

flow-certificates-page-holder = لمن الشهادة
flow-certificates-codice_fiscale = الرقم الضريبي (codice fiscale) للشخص
flow-certificates-codice_fiscale-hint = يمكنك طلب الشهادات فقط للأشخاص المقيمين في Arezzo.
flow-certificates-surname = اسم عائلة الشخص

flow-certificates-use = لماذا تحتاج الشهادة؟
flow-certificates-use-hint = تكلّف الشهادة طابعًا ضريبيًا (marca da bollo) بقيمة 16 يورو، إلا في بعض الاستعمالات التي يحددها القانون.
flow-certificates-use-stamp-duty = استعمال آخر (مع طابع ضريبي بقيمة 16 يورو)
flow-certificates-use-school = المدرسة أو منحة دراسية (مجانًا)
flow-certificates-use-pension = التقاعد (مجانًا)
flow-certificates-use-social-assistance = المساعدة الاجتماعية أو الإعانات (مجانًا)
flow-certificates-use-legal-aid = المساعدة القانونية المجانية (gratuito patrocinio) (مجانًا)
flow-certificates-use-sport = رياضة الهواة (مجانًا)

flow-certificates-copies = كم نسخة؟

flow-certificates-what_next = الشهادة صالحة لمدة 6 أشهر. لا يمكن تقديمها إلى المكاتب العامة أو إلى مقدمي الخدمات العامة: يكفيهم تصريح منك (autocertificazione). إذا كانت الشهادة مع طابع، فاشترِ طابعًا ضريبيًا (marca da bollo) بقيمة 16 يورو من محل التبغ (tabaccheria) والصقه على الشهادة، في المكان المخصص له، قبل استعمالها.
