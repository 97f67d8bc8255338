## عروض العمل: assets/flows/job-offers.toml.

flow-job-offers-area = أين تريد أن تعمل؟
flow-job-offers-area-arezzo = Arezzo وما حولها
flow-job-offers-area-valdarno = Valdarno
flow-job-offers-area-casentino = Casentino
flow-job-offers-area-valtiberina = Valtiberina
flow-job-offers-area-valdichiana = Valdichiana
flow-job-offers-area-any = في كل المقاطعة

flow-job-offers-sector = في أي مجال؟
flow-job-offers-sector-care = رعاية الأشخاص
flow-job-offers-sector-catering = مطبخ، مقاهٍ ومطاعم
flow-job-offers-sector-building = البناء
flow-job-offers-sector-industry = صناعة، ميكانيك، صياغة الذهب
flow-job-offers-sector-logistics = المخازن والنقل
flow-job-offers-sector-agriculture = الزراعة
flow-job-offers-sector-cleaning = التنظيف
flow-job-offers-sector-retail = المحلات والبيع
flow-job-offers-sector-any = كل المجالات

flow-job-offers-page-hours = ساعات العمل ورخصة السياقة
flow-job-offers-hours = كم ساعة تريد أن تعمل؟
flow-job-offers-hours-full-time = دوام كامل
flow-job-offers-hours-part-time = دوام جزئي
flow-job-offers-hours-any = لا يهم
flow-job-offers-driving_licence = هل عندك رخصة سياقة صالحة في إيطاليا؟
flow-job-offers-driving_licence-hint = إذا أجبت لا، لا نعرض لك العروض التي تطلب رخصة السياقة.

flow-job-offers-offer = اختر عرضًا
flow-job-offers-offer-hint = نطبع لك العرض مع الرمز والـ Centro per l'Impiego (مكتب التشغيل) الذي تتصل به.
flow-job-offers-offer-none = لا توجد عروض بهذه الاختيارات. ارجع وجرّب منطقة أخرى أو مجالًا آخر.

flow-job-offers-how_to_apply = لتقدّم طلبك اذهب إلى الـ Centro per l'Impiego المكتوب على الورقة، أو اكتب إلى العنوان المذكور، ومعك رمز العرض والسيرة الذاتية وتصريح الإقامة. افعل ذلك قبل تاريخ الإغلاق.
