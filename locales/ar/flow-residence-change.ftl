## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = ما سبب تغيير مكان السكن؟
flow-residence-change-reason-from-other-comune = القدوم من بلدية إيطالية أخرى
flow-residence-change-reason-from-abroad = القدوم من خارج إيطاليا
flow-residence-change-reason-within-comune = تغيير العنوان داخل Arezzo
flow-residence-change-reason-other = سبب آخر
flow-residence-change-previous_comune = من أي بلدية (comune) جئت؟
flow-residence-change-previous_comune-hint = البلدية التي كان سكنك مسجّلًا فيها من قبل.
flow-residence-change-previous_country = من أي دولة جئت؟

flow-residence-change-page-applicant = بياناتك
flow-residence-change-surname = اسم العائلة
flow-residence-change-given_name = الاسم
flow-residence-change-sex = الجنس
flow-residence-change-sex-female = أنثى
flow-residence-change-sex-male = ذكر

flow-residence-change-page-applicant-birth = بيانات الميلاد
flow-residence-change-birth_date = تاريخ الميلاد
flow-residence-change-birth_country = بلد الميلاد
flow-residence-change-adult-required = يجب أن يكون مقدّم التصريح بالغًا (18 سنة أو أكثر). يُضاف القاصر كشخص ينتقل معك.

flow-residence-change-page-applicant-codes = الرقم الضريبي (codice fiscale) والجنسية
flow-residence-change-codice_fiscale = الرقم الضريبي (codice fiscale)
flow-residence-change-codice_fiscale-hint = تجده في البطاقة الصحية (tessera sanitaria): 16 رمزًا، أو 11 رقمًا إذا كان مؤقتًا.
flow-residence-change-citizenship = الجنسية

flow-residence-change-civil_status = الحالة الاجتماعية
flow-residence-change-civil_status-single = أعزب أو عزباء
flow-residence-change-civil_status-married = متزوج أو متزوجة
flow-residence-change-civil_status-civil-union = في اتحاد مدني (unione civile)
flow-residence-change-civil_status-separated = منفصل أو منفصلة
flow-residence-change-civil_status-divorced = مطلّق أو مطلّقة
flow-residence-change-civil_status-widowed = أرمل أو أرملة

flow-residence-change-page-address = العنوان الجديد في Arezzo
flow-residence-change-street = الشارع أو الساحة (Via أو Piazza)
flow-residence-change-street-hint = مثلًا: Via Roma.
flow-residence-change-house_number = رقم المبنى
flow-residence-change-interior = رقم الشقة (إن وُجد)
flow-residence-change-cap = الرمز البريدي (CAP)
flow-residence-change-cap-arezzo = هذا الرمز البريدي (CAP) ليس تابعًا لبلدية Arezzo (Comune di Arezzo): الرمز البريدي للمدينة هو 52100.

flow-residence-change-others_registered = هل في هذا البيت أشخاص آخرون سكنهم مسجّل فيه من قبل؟
flow-residence-change-others_registered-hint = إذا كانت الإجابة نعم، فيجب على ربّ الأسرة المسجّل (intestatario della scheda di famiglia) أن يوقّع على موافقته.
flow-residence-change-registered_holder = الاسم واسم العائلة لربّ الأسرة المسجّل (intestatario della scheda di famiglia)
flow-residence-change-registered_holder-hint = الشخص المسجّل في البيت من قبل، الذي يوقّع على الموافقة.

flow-residence-change-title = بأي صفة تسكن في هذا البيت؟
flow-residence-change-title-owner = البيت ملكي
flow-residence-change-title-lease = عندي عقد إيجار مسجّل
flow-residence-change-title-public-housing = سكن شعبي (ERP)
flow-residence-change-title-free-loan = عقد استعمال مجاني مسجّل (comodato d'uso)
flow-residence-change-title-usufruct = حق الانتفاع (usufrutto)
flow-residence-change-title-other = غير ذلك (ضيف، سكن مشترك)

flow-residence-change-page-lease = بيانات تسجيل العقد
flow-residence-change-lease_office = مكتب Agenzia delle Entrate (مصلحة الضرائب)
flow-residence-change-lease_office-hint = تجده مكتوبًا في إيصال تسجيل العقد.
flow-residence-change-lease_date = تاريخ التسجيل
flow-residence-change-lease_number = رقم التسجيل

flow-residence-change-members-add-another = هل ينتقل معك شخص آخر؟
flow-residence-change-page-member = شخص ينتقل معك
flow-residence-change-member_surname = اسم العائلة
flow-residence-change-member_given_name = الاسم
flow-residence-change-member_birth_date = تاريخ الميلاد
flow-residence-change-member_relationship = ما صلة هذا الشخص بك؟
flow-residence-change-member_relationship-spouse = الزوج أو الزوجة
flow-residence-change-member_relationship-partner = شريك الحياة (يسكن معك)
flow-residence-change-member_relationship-child = ابن أو ابنة
flow-residence-change-member_relationship-parent = أب أو أم
flow-residence-change-member_relationship-sibling = أخ أو أخت
flow-residence-change-member_relationship-other = غير ذلك
flow-residence-change-page-member-codes = الرقم الضريبي (codice fiscale) وجنسية هذا الشخص
flow-residence-change-member_codice_fiscale = الرقم الضريبي (codice fiscale)، إن وُجد
flow-residence-change-member_citizenship = الجنسية

flow-residence-change-page-contacts = كيف نتواصل معك
flow-residence-change-phone = رقم الهاتف
flow-residence-change-email = البريد الإلكتروني (إن وُجد)

flow-residence-change-what_next = طلبك هو لتسليم التصريح: لا يكون التصريح صالحًا إلا عندما يوقّعه جميع الأشخاص البالغين الذين ينتقلون (الخانات في الاستمارة) وتسلّمونه إلى شبّاك السجل المدني (anagrafe)، أو ترسلونه عبر PEC (البريد الإلكتروني المعتمد)، مع وثائق هوية الجميع وتصريح الإقامة (permesso di soggiorno) أو إيصال طلبه. ومن ذلك اليوم تسجّل البلدية (Comune) محلّ سكنك خلال يومَي عمل؛ وخلال 45 يومًا قد تأتي الشرطة البلدية (Polizia Municipale) للتأكد من أنك تسكن في هذا العنوان: إذا لم تصلك أي رسالة، فسكنك مؤكَّد.
