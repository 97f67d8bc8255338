## الخدمات المدرسية للبلدية: assets/flows/municipal-school-services.toml.

flow-municipal-school-services-services = لأي خدمات تقدّم الطلب؟
flow-municipal-school-services-services-hint = يمكنك أن تختار أكثر من واحدة.
flow-municipal-school-services-services-nursery = حضانة (asilo nido) (من 3 أشهر إلى 3 سنوات)
flow-municipal-school-services-services-canteen = مطعم المدرسة (mensa)
flow-municipal-school-services-services-transport = النقل المدرسي (حافلة المدرسة)

flow-municipal-school-services-page-transport = النقل المدرسي
flow-municipal-school-services-transport_far = هل تسكنون خارج وسط المدينة وعلى بعد أكثر من 1 كم من المدرسة؟
flow-municipal-school-services-transport_far-hint = حافلة المدرسة فقط لمن يسكن بعيدًا عن المدرسة.
flow-municipal-school-services-transport-too-close = النقل فقط لمن يسكن خارج وسط المدينة وعلى بعد أكثر من 1 كم من المدرسة. ارجع واحذف النقل، أو اسأل الموظف.
flow-municipal-school-services-transport_nearest_school = هل يذهب الطفل إلى أقرب مدرسة من البيت؟

flow-municipal-school-services-page-child = الطفل أو الطفلة
flow-municipal-school-services-child_surname = اسم العائلة
flow-municipal-school-services-child_given_name = الاسم
flow-municipal-school-services-child_birth_date = تاريخ الميلاد
flow-municipal-school-services-nursery-age = الحضانة للأطفال حتى 3 سنوات. إذا كان الطفل أكبر، احذف الحضانة من اختيارك.
flow-municipal-school-services-child_codice_fiscale = الرقم الضريبي (codice fiscale) للطفل
flow-municipal-school-services-child_codice_fiscale-hint = إذا لم يكن عند الطفل رقم ضريبي، اترك الخانة فارغة.

flow-municipal-school-services-school_name = في أي مدرسة يدرس؟
flow-municipal-school-services-school_name-hint = اسم المدرسة والصف، مثلًا "Primaria Pio Borri, 2ª B".

flow-municipal-school-services-page-diet = الوجبات
flow-municipal-school-services-special_diet = هل يحتاج الطفل إلى نظام أكل خاص؟
flow-municipal-school-services-special_diet-none = لا
flow-municipal-school-services-special_diet-medical = نعم، لأسباب صحية (حساسية، عدم تحمّل)
flow-municipal-school-services-special_diet-religious = نعم، لأسباب دينية
flow-municipal-school-services-special_diet-vegetarian = نعم، نباتي
flow-municipal-school-services-diet_details = ماذا لا يستطيع أن يأكل؟
flow-municipal-school-services-diet_details-hint = للأسباب الصحية يلزم أيضًا شهادة من الطبيب: أحضرها إلى مكتب المدرسة في البلدية.

flow-municipal-school-services-page-parent = الوالد الذي يدفع ثمن الخدمة
flow-municipal-school-services-parent_relationship = ما صلتك بالطفل؟
flow-municipal-school-services-parent_relationship-mother = الأم
flow-municipal-school-services-parent_relationship-father = الأب
flow-municipal-school-services-parent_relationship-guardian = الوصي
flow-municipal-school-services-parent_surname = اسم العائلة
flow-municipal-school-services-parent_given_name = الاسم
flow-municipal-school-services-parent_codice_fiscale = رقمك الضريبي (codice fiscale)

flow-municipal-school-services-page-address = أين تسكنون
flow-municipal-school-services-comune = البلدية (Comune)
flow-municipal-school-services-street = الشارع ورقم البيت
flow-municipal-school-services-cap = الرمز البريدي (CAP)

flow-municipal-school-services-page-isee = ISEE
flow-municipal-school-services-has_isee = هل عندك شهادة ISEE (شهادة الوضع المالي للعائلة) صالحة؟
flow-municipal-school-services-has_isee-hint = إذا كان الـ ISEE حتى 13.500 يورو تدفع سعرًا مخفّضًا. بدون ISEE تدفع السعر الكامل. الـ ISEE يُعمل مجانًا في CAF (مركز المساعدة الضريبية).
flow-municipal-school-services-isee_value = قيمة الـ ISEE، باليورو

flow-municipal-school-services-page-contacts = معلومات الاتصال بك
flow-municipal-school-services-phone = الهاتف
flow-municipal-school-services-email = البريد الإلكتروني

flow-municipal-school-services-what_next = مكتب المدرسة في البلدية (Comune) يراجع الطلب وينشر القوائم (graduatorie). يكتب لك أو يتصل بك ليقول لك إذا قُبل الطفل وكم ثمن الخدمة.
