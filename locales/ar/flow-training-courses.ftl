## دورات التكوين المهني: assets/flows/training-courses.toml.

flow-training-courses-area = أين تريد أن تحضر الدورة؟
flow-training-courses-area-arezzo = Arezzo وما حولها
flow-training-courses-area-valdarno = Valdarno
flow-training-courses-area-casentino = Casentino
flow-training-courses-area-valtiberina = Valtiberina
flow-training-courses-area-valdichiana = Valdichiana
flow-training-courses-area-online = عبر الإنترنت، من البيت
flow-training-courses-area-any = في كل المقاطعة

flow-training-courses-sector = أي عمل تريد أن تتعلّم؟
flow-training-courses-sector-care = رعاية الأشخاص (badante، OSS)
flow-training-courses-sector-catering = مطبخ، مقاهٍ ومطاعم
flow-training-courses-sector-building = البناء
flow-training-courses-sector-industry = صناعة، ميكانيك، صياغة الذهب
flow-training-courses-sector-logistics = المخازن والنقل
flow-training-courses-sector-agriculture = الزراعة
flow-training-courses-sector-computing = الكمبيوتر والمعلوماتية
flow-training-courses-sector-italian-language = اللغة الإيطالية
flow-training-courses-sector-any = كل الدورات

flow-training-courses-page-conditions = وضعك
flow-training-courses-free_only = هل تريد أن ترى الدورات المجانية فقط؟
flow-training-courses-registered_unemployed = هل أنت مسجّل في Centro per l'Impiego (مكتب التشغيل) كعاطل عن العمل؟
flow-training-courses-registered_unemployed-hint = المسجّل يمكن أن يحصل على قسيمة (voucher) حتى 3.000 يورو ومساعدة على الحضور.

flow-training-courses-course = اختر دورة
flow-training-courses-course-hint = نطبع لك بطاقة الدورة مع معلومات الاتصال بمركز التكوين.
flow-training-courses-course-none = لا توجد دورات بهذه الاختيارات. ارجع وجرّب منطقة أخرى أو مجالًا آخر.

flow-training-courses-how_to_apply = على البطاقة آخر موعد ومعلومات الاتصال بمركز التكوين. اتصل أو اذهب إلى المركز قبل آخر موعد، ومعك وثيقة هوية وتصريح الإقامة. للقسيمة (voucher) تكلّم مع Centro per l'Impiego.
