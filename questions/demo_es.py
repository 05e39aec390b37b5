"""Demo questions and answers in Spanish: what a newcomer to /es/ finds asked and answered in their language.

Spanish-speaking patients (a few pseudonymous members of their own, with Spanish as their language) ask
about the treatments they would really ask about, and demo doctors whose specialty performs the treatment
answer in Spanish: neutral Latin American Spanish, "usted" (docs/i18n.md). Questions and answers are
written in Spanish (`language="es"`); every answer carries the disclaimer version in force, as the English
ones do (questions/demo.py). A few questions are still waiting for a doctor.

The rows are written the way questions/demo.py writes them: in bulk, with every counter (answers, helpful
votes, first answering doctor, last activity, the doctors' figures) worked out from the rows themselves.
Times are fixed here rather than drawn from the seed's random stream, so the rest of the demo stays the
same as without these questions, and recent (the last weeks), so the Spanish edition's lists show them.
Seeding again when they are already there changes nothing.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from accounts.demo import confirm_addresses
from accounts.models import User
from core.demo import DemoContext, bulk_insert
from doctors.demo import ROSTER, does
from doctors.models import DoctorProfile
from questions.demo import _age_range
from questions.models import Answer, DisclaimerVersion, HelpfulVote, Question, QuestionTreatment
from questions.services import doctor_counters_refresh

LANGUAGE = "es"

# The Spanish-speaking demo patients: pseudonymous handles, Spanish pages and e-mails.
PATIENTS = [
    "mariana_mia",
    "caro_la",
    "lupita.tx",
    "jose.h",
    "vero.mia",
    "paola.mx",
    "dani_r",
    "gaby.hou",
    "fer_sa",
    "beto.sd",
    "ale.cdmx",
    "yaz.la",
    "sofi_hou",
    "tere.hou",
    "mari.mia",
]


@dataclass(frozen=True)
class SpanishAnswer:
    doctor: str  # the doctor's key in doctors.demo.ROSTER
    text: str
    hours_after: int  # after the question was asked
    votes: int = 0  # patients who found it helpful
    chosen: bool = False  # the asker marked it as the answer that helped most


@dataclass(frozen=True)
class SpanishQuestion:
    author: str  # a handle in PATIENTS
    treatments: tuple[str, ...]  # slugs; one, or two that go together (treatments.demo.GO_TOGETHER)
    title: str
    body: str
    age: str
    city: str
    days_ago: int
    answers: tuple[SpanishAnswer, ...] = ()


A, Q = SpanishAnswer, SpanishQuestion

QUESTIONS: list[SpanishQuestion] = [
    Q(
        "mariana_mia",
        ("botox",),
        "Primera vez con Botox a los 29: ¿me voy a ver congelada?",
        "Tengo 29 años y ya se me marcan dos líneas en la frente y una entre las cejas, sobre todo en las fotos. "
        "Trabajo en ventas, hablo mucho con la cara y me da miedo quedar sin expresión o con las cejas raras, "
        "como le pasó a una amiga.\n\n"
        "En un spa de Miami me ofrecen 20 unidades de Botox por un precio que me parece muy barato. ¿Cuántas "
        "unidades son normales para empezar? ¿Es mejor poner poquito y regresar? ¿Y cómo sé si quien me "
        "inyecta sabe lo que hace?",
        "29",
        "Miami",
        3,
        (
            A(
                "ruiz",
                "A los 29 años es razonable tratar líneas que ya se marcan, y verse «congelada» depende sobre todo "
                "de la dosis y de dónde se coloque. Para el entrecejo solemos usar entre 15 y 20 unidades; para la "
                "frente, en una primera vez, muchas veces de 6 a 10 unidades en puntos altos y superficiales, "
                "justamente para no bajar las cejas. Veinte unidades en total pueden ser poco o suficiente: "
                "depende de cómo se repartan.\n\n"
                "Empezar con una dosis moderada y volver a revisión a las dos semanas es una buena estrategia: se "
                "puede añadir, pero no quitar. Pregunte quién inyecta (médico, enfermera o asistente médico con "
                "supervisión), qué producto usa y si la cita de revisión está incluida. Un precio muy por debajo "
                "de lo habitual a veces significa producto diluido o de origen dudoso; pida ver el frasco. Si "
                "tiene alguna enfermedad neuromuscular, o está embarazada o amamantando, dígalo antes.",
                5,
                votes=4,
            ),
            A(
                "silva",
                "Un detalle que conviene saber: cuando alguien usa mucho la frente para levantar los párpados (a "
                "veces sin darse cuenta), relajar toda la frente puede hacer que los ojos se sientan pesados. Por "
                "eso, en la consulta le pedimos que levante las cejas, frunza y sonría frente al espejo, y con eso "
                "decidimos los puntos. No es algo que se pueda evaluar por mensaje.\n\n"
                "El efecto empieza a notarse entre el tercer y el quinto día, se ve completo alrededor de las dos "
                "semanas y dura de tres a cuatro meses. Ese día, evite acostarse, frotarse la zona o hacer "
                "ejercicio intenso. Si a las dos semanas una ceja quedó más alta que la otra, casi siempre se "
                "corrige con una o dos unidades. Lo importante es que vuelva con quien la inyectó, y que esa "
                "persona tenga tiempo para revisarla.",
                20,
                votes=2,
            ),
        ),
    ),
    Q(
        "caro_la",
        ("lip-filler",),
        "Me puse relleno de labios hace 10 días y siento una bolita en el labio de arriba",
        "Hace 10 días me pusieron 1 ml de relleno de labios (ácido hialurónico) en una clínica de Los Ángeles. "
        "La hinchazón ya bajó casi toda, pero en el lado izquierdo del labio superior siento una bolita dura "
        "cuando lo toco, y cuando sonrío se nota un poco. No me duele ni está roja.\n\n"
        "La inyectora me dijo que esperara y que la masajeara, pero no sé si estoy empeorando las cosas. ¿Esto "
        "se quita solo? ¿Cuánto tiempo debo esperar antes de pedir que me lo disuelvan? Me da pena regresar y "
        "quejarme.",
        "24",
        "Los Ángeles",
        6,
        (
            A(
                "haddad",
                "No le dé pena regresar: revisar cómo quedó es parte del tratamiento, y una buena inyectora quiere "
                "saberlo. Lo que describe (una bolita firme, sin dolor ni enrojecimiento, a los 10 días) suele ser "
                "una pequeña acumulación de producto o hinchazón que todavía no termina de bajar. Muchas se "
                "suavizan en las siguientes dos a cuatro semanas, a medida que el ácido hialurónico se integra.\n\n"
                "Un masaje suave puede ayudar si quien la inyectó se lo indicó, pero no apriete fuerte ni lo haga "
                "muchas veces al día. Si a las cuatro semanas sigue igual de visible, se puede disolver con "
                "hialuronidasa en una cita corta; a veces basta una dosis pequeña solo en esa zona.\n\n"
                "Lo que no debe esperar: dolor que aumenta, piel pálida, morada o con manchas en forma de red, "
                "ampollas, o enrojecimiento con calor y fiebre. Eso se revisa el mismo día.",
                3,
                votes=5,
                chosen=True,
            ),
            A(
                "ruiz",
                "Sin dolor ni cambios de color, lo más probable es que mejore con el tiempo. Le sugiero tomarse "
                "hoy una foto con buena luz, de frente y de perfil, y repetirla cada semana: así usted y su "
                "inyectora comparan con datos y no solo con lo que se siente al tacto, que engaña mucho (al "
                "tocarlo, el labio siempre se siente más irregular de lo que se ve).\n\n"
                "Pregunte qué producto le pusieron y pida el número de lote para su registro. Si decide "
                "disolverlo, conviene esperar a que baje por completo la inflamación y hablar antes de si quiere "
                "volver a rellenar después; en ese caso se esperan por lo general unas dos semanas. Si alguna vez "
                "le aparece un bulto rojo y doloroso semanas o meses después, consulte pronto: es poco común, "
                "pero se trata de otra manera.",
                26,
                votes=2,
            ),
        ),
    ),
    Q(
        "lupita.tx",
        ("laser-hair-removal",),
        "Depilación láser en piel morena: me da miedo quemarme o que me queden manchas",
        "Soy morena (mi piel se broncea fácil y casi nunca se quema) y quiero hacerme depilación láser en las "
        "axilas y el bikini. Una prima se la hizo en un lugar de Houston y le quedaron manchas más oscuras en "
        "las piernas que tardaron meses en quitarse.\n\n"
        "¿Hay un láser que sea seguro para mi tono de piel? ¿Cuántas sesiones necesitaría y qué debo preguntar "
        "antes de pagar un paquete?",
        "31",
        "Houston",
        9,
        (
            A(
                "raman",
                "Sí se puede hacer con seguridad en piel morena, pero el tipo de láser importa mucho. Para pieles "
                "medianas a oscuras, el más seguro suele ser el Nd:YAG de 1064 nm, porque la melanina de la piel "
                "absorbe menos esa energía y esta se concentra más en el vello. El láser de alejandrita y la luz "
                "pulsada intensa (IPL) son los que más manchas y quemaduras producen en su tono.\n\n"
                "Pregunte directamente: «¿Qué longitud de onda usan para mi tipo de piel?» y pida una prueba en "
                "una zona pequeña, revisada a las 48 horas, antes de tratar toda el área. Evite el sol y los "
                "autobronceadores durante varias semanas antes. Cuente con 6 a 8 sesiones, cada 4 a 8 semanas "
                "según la zona; el vello oscuro y grueso responde bien. Si le quedara una mancha, casi siempre se "
                "aclara con tiempo, protector solar y un tratamiento indicado por su dermatólogo.",
                7,
                votes=6,
                chosen=True,
            ),
            A(
                "ruiz",
                "Lo que le pasó a su prima, manchas oscuras que tardan meses en irse, se llama hiperpigmentación "
                "postinflamatoria. Es más frecuente cuando la energía es demasiado alta para el tono de piel o "
                "cuando la piel estaba bronceada. No es una razón para no hacerlo, sino para escoger bien "
                "dónde.\n\n"
                "Antes de pagar un paquete, pregunte quién le hará el tratamiento, qué capacitación tiene y si hay "
                "un médico que supervise y que pueda verla si algo sale mal. Pregunte también si el paquete se "
                "puede pausar o reembolsar si usted tiene una reacción. En el bikini, aféitese el día anterior "
                "(nada de cera ni pinzas durante el tratamiento) y avise si tiene foliculitis o vellos enterrados. "
                "Si toma algún medicamento que la haga más sensible al sol, dígalo en la consulta.",
                30,
                votes=1,
            ),
        ),
    ),
    Q(
        "jose.h",
        ("rhinoplasty",),
        "Rinoplastia: tengo una giba y respiro mal por un lado, ¿se puede arreglar todo en una sola cirugía?",
        "Tengo 27 años. Desde que me quebré la nariz jugando fútbol a los 16 tengo una giba y la nariz un poco "
        "chueca, y por el lado derecho casi no respiro, sobre todo de noche.\n\n"
        "Quiero quitarme la giba, pero no quiero una nariz «operada» ni verme diferente a mi familia. ¿Se pueden "
        "hacer las dos cosas en la misma operación? ¿El seguro cubre alguna parte de la rinoplastia? Vivo en San "
        "Antonio y no sé si buscar un cirujano plástico o un otorrinolaringólogo.",
        "27",
        "San Antonio",
        12,
        (
            A(
                "silva",
                "Sí, en la mayoría de los casos se hace en la misma cirugía, que se llama septorrinoplastia: se "
                "corrige el tabique desviado (la parte funcional) y, en el mismo tiempo, la forma de la nariz, "
                "incluida la giba. Después de una fractura como la suya es común que el tabique y los huesos "
                "nasales hayan quedado desviados, pero eso hay que confirmarlo revisando la nariz por dentro, a "
                "veces con una cámara delgada y a veces con una tomografía.\n\n"
                "Sobre el seguro: muchas aseguradoras cubren la parte funcional (tabique, cornetes) cuando la "
                "obstrucción está documentada; la parte estética casi nunca. Pida que le expliquen qué se cobra "
                "a cada una.\n\n"
                "Tanto un cirujano plástico facial como un otorrinolaringólogo con entrenamiento en rinoplastia "
                "pueden hacerlo bien. Lo importante es que revise la respiración, no solo la forma, y que le "
                "muestre fotos de pacientes con narices parecidas a la suya.",
                10,
                votes=5,
            ),
            A(
                "castillo",
                "Sobre su preocupación de verse «operado»: dígalo así en la consulta. Un buen plan puede bajar la "
                "giba de manera conservadora y enderezar la nariz sin cambiar los rasgos que la hacen parecida a "
                "la de su familia. Pida ver simulaciones, pero tómelas como una conversación, no como una "
                "promesa.\n\n"
                "La recuperación es más larga de lo que la gente espera: la férula se retira alrededor de la "
                "primera semana, los moretones bajan en unas dos semanas y la mayor parte de la hinchazón en unos "
                "meses, pero la punta puede seguir afinándose hasta un año. Nada de fútbol ni deportes de "
                "contacto durante por lo menos seis a ocho semanas, o el tiempo que indique su cirujano.\n\n"
                "Como buena parte de mi práctica es corregir cirugías previas, mi consejo es elegir por "
                "experiencia en narices como la suya, no por precio ni por rapidez.",
                41,
                votes=3,
            ),
        ),
    ),
    Q(
        "vero.mia",
        ("liposuction",),
        "¿Es seguro hacerme la lipo fuera del país? En Miami me cuesta el doble",
        "Tengo 38 años, dos hijos, y quiero hacerme liposucción de abdomen y flancos. Hago ejercicio y como "
        "bien, pero esa grasa no se va. Aquí en Miami me cotizaron casi el doble de lo que cuesta en Colombia o "
        "en República Dominicana, y varias amigas se operaron allá. Pero también he leído de complicaciones "
        "graves.\n\n"
        "¿Qué riesgos hay en viajar para operarme? Si lo hago allá, ¿qué debería preguntar? Mido 1.60 y peso "
        "68 kilos.",
        "38",
        "Miami",
        15,
        (
            A(
                "bennett",
                "Se puede operar bien en muchos países; el problema casi nunca es el país, sino cómo se organiza "
                "el viaje. Los riesgos que más vemos en pacientes que regresan a Miami son: volar pocos días "
                "después de la cirugía (aumenta el riesgo de coágulos en las piernas y los pulmones), retirar "
                "mucho volumen o combinar varios procedimientos en un solo día, y no tener a quién llamar cuando "
                "surge un problema ya de vuelta en casa.\n\n"
                "Si decide viajar, pregunte: ¿el cirujano está certificado por la sociedad de cirugía plástica de "
                "ese país? ¿Opera en un hospital o una clínica acreditada, con anestesiólogo? ¿Cuánto volumen "
                "planea retirar? ¿Cuántos días debe quedarse antes de volar? Muchos recomendamos de 7 a 10 como "
                "mínimo. Y antes de irse, busque aquí un médico que acepte darle seguimiento.\n\n"
                "Por su peso y estatura podría ser buena candidata, pero eso se define revisando la piel y el "
                "abdomen en persona.",
                8,
                votes=5,
            ),
            A(
                "castillo",
                "Una parte grande de mi consulta es corregir resultados de cirugías hechas con prisa, aquí y fuera "
                "del país. Lo que más veo después de una liposucción son irregularidades de la piel (ondas o "
                "hundimientos) cuando se retira demasiada grasa de forma superficial, y seromas, acumulaciones de "
                "líquido que nadie drenó porque la paciente ya había regresado.\n\n"
                "Un punto importante para usted: después de dos embarazos, algunas pacientes tienen piel flácida "
                "o separación de los músculos abdominales (diástasis). En ese caso, la lipo sola puede dejar el "
                "abdomen peor, con piel colgante, y lo que conviene es otra cirugía o ninguna. Vale la pena que un "
                "cirujano le revise el abdomen en persona antes de decidir dónde operarse, aunque luego lo haga en "
                "otro lugar.\n\n"
                "Incluya también en el presupuesto la faja, los masajes de drenaje si se los indican y los días "
                "sin trabajar.",
                29,
                votes=3,
            ),
        ),
    ),
    Q(
        "paola.mx",
        ("chemical-peel",),
        "Melasma desde mi embarazo: ¿un peeling químico me lo quita o me lo empeora?",
        "Tengo 42 años y desde mi segundo embarazo tengo manchas cafés en los pómulos y arriba del labio. Vivo "
        "en la Ciudad de México, donde el sol es muy fuerte. Ya probé cremas que compré en la farmacia: mejoran "
        "un poco, pero las manchas regresan.\n\n"
        "Una cosmetóloga me ofrece una serie de peelings químicos, y en internet leo que a algunas personas el "
        "melasma se les pone peor. ¿Qué me conviene? ¿Hay algo que lo quite para siempre?",
        "42",
        "Ciudad de México",
        18,
        (
            A(
                "raman",
                "El melasma se controla, pero hoy no hay un tratamiento que lo quite para siempre: tiende a "
                "regresar con el sol, el calor y los cambios hormonales. Por eso la base es diaria, no un "
                "procedimiento: protector solar de amplio espectro con color (el óxido de hierro protege también "
                "de la luz visible), aplicado de nuevo durante el día, sombrero, y una crema indicada por un "
                "dermatólogo, que puede incluir hidroquinona por periodos cortos, ácido azelaico, tretinoína o "
                "ácido tranexámico.\n\n"
                "Los peelings pueden ayudar como complemento, pero en el melasma se usan suaves (por ejemplo, "
                "ácido glicólico o mandélico a baja concentración) y después de preparar la piel unas semanas. Un "
                "peeling fuerte o un láser agresivo inflaman la piel, y la inflamación oscurece el melasma, sobre "
                "todo en pieles morenas. Antes de la serie, le recomiendo que un dermatólogo confirme que se trata "
                "de melasma y no de otra mancha, y que revise las cremas que ha usado.",
                14,
                votes=6,
            ),
            A(
                "ruiz",
                "Le sumo una advertencia sobre las cremas de farmacia: algunas que se venden para «manchas» "
                "contienen corticoides o concentraciones altas de hidroquinona y, usadas durante meses, pueden "
                "adelgazar la piel o dejar una coloración gris azulada difícil de tratar. Lleve los envases a su "
                "consulta.\n\n"
                "Si se hace los peelings, pregunte qué ácido y qué concentración usan, y pida una prueba en una "
                "zona pequeña. Después de cada sesión la piel queda más sensible: nada de sol directo, vapor ni "
                "exfoliantes durante una semana. Espere una mejoría gradual a lo largo de varias sesiones, no de "
                "una sola.\n\n"
                "Y algo práctico: tómese fotos con la misma luz cada mes. El melasma cambia tanto con la "
                "temporada que, sin fotos, es difícil saber si algo está funcionando.",
                52,
                votes=2,
            ),
        ),
    ),
    Q(
        "dani_r",
        ("under-eye-filler",),
        "Ojeras hundidas desde siempre: ¿relleno de ojeras o mejor no tocarlas?",
        "Tengo 35 años y desde joven tengo ojeras hundidas y oscuras; me dicen que me veo cansado aunque duerma "
        "ocho horas. En una clínica de Los Ángeles me recomendaron relleno de ojeras con ácido hialurónico, una "
        "jeringa para los dos lados.\n\n"
        "He visto videos donde queda perfecto y otros donde la gente termina con bolsas o un tono azulado. ¿Cómo "
        "sé si soy buen candidato?",
        "35",
        "Los Ángeles",
        21,
        (
            A(
                "chen",
                "El relleno de ojeras funciona muy bien en algunas personas y mal en otras, y la diferencia está "
                "en la anatomía. Los mejores candidatos tienen un hundimiento bien definido (el surco lagrimal), "
                "piel de grosor razonable y pocas bolsas de grasa. Si al mirar hacia arriba se le marcan bolsas, "
                "o si la hinchazón por la mañana cambia de un día a otro, el relleno suele empeorarlas, y lo "
                "indicado podría ser otra cosa, a veces una cirugía del párpado inferior.\n\n"
                "Las ojeras oscuras por pigmento o por vasos que se transparentan en la piel fina no se corrigen "
                "con relleno; a veces incluso se notan más. El tono azulado que vio en los videos (efecto Tyndall) "
                "aparece cuando el producto queda demasiado superficial.\n\n"
                "Un examen en persona con buena luz, de frente y desde arriba, responde su pregunta mejor que "
                "cualquier foto. Si le inyectan, la dosis suele ser pequeña: muchas veces menos de media jeringa "
                "por lado.",
                9,
                votes=4,
            ),
            A(
                "haddad",
                "La anatomía decide, y le agrego lo práctico: en esta zona se usa un ácido hialurónico suave, que "
                "absorbe poca agua, colocado profundo, sobre el hueso, con cánula o aguja según la experiencia de "
                "quien inyecta. Pregunte qué producto usarán y por qué, y asegúrese de que la clínica tenga "
                "hialuronidasa disponible ese día, porque el ácido hialurónico se puede disolver si algo no queda "
                "bien.\n\n"
                "En mi experiencia, es mejor una primera sesión conservadora y una revisión a las dos a cuatro "
                "semanas que una jeringa completa de una vez. Los moretones son comunes y duran alrededor de una "
                "semana, así que no lo programe justo antes de un evento importante.\n\n"
                "Si lo que más le molesta es el color oscuro, vale la pena ver primero a un dermatólogo: hay "
                "tratamientos en crema y con láser para la pigmentación que el relleno no sustituye.",
                33,
                votes=2,
            ),
        ),
    ),
    Q(
        "gaby.hou",
        ("kybella", "liposuction"),
        "Papada: ¿Kybella o lipo de papada? Tengo 45 años y no quiero cirugía si no es necesaria",
        "Siempre he tenido papada, incluso cuando estaba más delgada; creo que es genético, porque mi mamá "
        "también la tiene. Tengo 45 años y la piel del cuello todavía está bastante firme.\n\n"
        "Me hablaron de Kybella, pero dicen que son varias sesiones y que se hincha muchísimo. También me "
        "ofrecieron lipo de papada con anestesia local. ¿Cuál es mejor para mi caso? Trabajo de cara al público "
        "en Houston y no puedo faltar mucho.",
        "45",
        "Houston",
        25,
        (
            A(
                "ruiz",
                "Con piel firme y grasa localizada, las dos opciones son razonables; la diferencia está en el "
                "número de visitas, la hinchazón y el costo. Kybella disuelve la grasa poco a poco: la mayoría "
                "necesita de dos a cuatro sesiones, separadas por un mes o más. Cada sesión deja la zona muy "
                "hinchada durante varios días (muchos pacientes sienten que tienen «más papada» la primera "
                "semana), con molestia y a veces adormecimiento. Para alguien que trabaja de cara al público, "
                "esa hinchazón repetida es lo que más pesa.\n\n"
                "Un efecto poco común pero importante es una lesión temporal de un nervio que hace que la sonrisa "
                "se vea asimétrica; suele recuperarse sola en unas semanas.\n\n"
                "Antes de decidir hay que confirmar que lo que usted tiene es grasa por encima del músculo y no, "
                "por ejemplo, glándulas salivales o grasa más profunda, que ninguno de los dos tratamientos "
                "quita. Eso se ve en la consulta, revisando el cuello.",
                11,
                votes=3,
            ),
            A(
                "castillo",
                "La liposucción de papada, en la paciente adecuada, resuelve en un solo procedimiento lo que "
                "Kybella hace en varias sesiones. Se hace con anestesia local por incisiones muy pequeñas; usará "
                "una banda de compresión unos días, sobre todo de noche, y la mayoría regresa al trabajo en unos "
                "cinco a siete días, con algo de hinchazón y moretones que se disimulan bien.\n\n"
                "Lo que la haría buena candidata es justamente lo que describe: grasa que no depende del peso y "
                "piel que todavía se retrae. Si la piel estuviera floja o hubiera bandas en el cuello, quitar "
                "grasa podría hacer que se vea más flácida, y se hablaría de otras opciones.\n\n"
                "Pida ver resultados a los seis meses, no a las dos semanas, y pregunte quién la atenderá si hay "
                "una complicación. Como cualquier cirugía, aunque sea pequeña, tiene riesgos que le deben explicar "
                "por escrito.",
                27,
                votes=4,
            ),
        ),
    ),
    Q(
        "fer_sa",
        ("tummy-tuck",),
        "Abdominoplastia después de tres cesáreas: ¿se puede corregir la diástasis y la cicatriz vieja?",
        "Tengo 40 años y tres hijos, los tres por cesárea. Me quedó piel colgando por encima de la cicatriz, y "
        "mi ginecóloga me dijo que tengo una diástasis de unos tres dedos. Ya no voy a tener más hijos. Hago "
        "ejercicio, pero la panza sigue igual y a veces me duele la espalda baja.\n\n"
        "Vivo en San Antonio. Me da miedo la anestesia y quedar con una cicatriz enorme. ¿Qué tan dura es la "
        "recuperación de una abdominoplastia con niños chicos en casa?",
        "40",
        "San Antonio",
        30,
        (
            A(
                "castillo",
                "Su historia es muy típica de quienes se benefician de una abdominoplastia: piel sobrante por "
                "encima de la cicatriz, separación de los músculos que no se corrige con ejercicio y ningún "
                "embarazo más en los planes. En la cirugía se retiran la piel y la grasa sobrantes, se cosen los "
                "músculos en la línea media y, por lo general, la cicatriz vieja de la cesárea queda dentro de la "
                "piel que se quita.\n\n"
                "La nueva cicatriz va baja, de cadera a cadera, y se puede esconder con la ropa interior; su largo "
                "depende de cuánta piel sobra. Queda también una pequeña cicatriz alrededor del ombligo.\n\n"
                "Sobre el dolor de espalda: reparar la diástasis ayuda a algunas pacientes, pero no se le puede "
                "prometer. Antes de operar conviene revisar si hay una hernia umbilical, frecuente después de "
                "varios embarazos, y si tiene algún problema de salud, fuma o toma medicamentos que aumenten el "
                "riesgo.",
                6,
                votes=4,
            ),
            A(
                "bennett",
                "Sobre la recuperación con niños pequeños, que es lo que más complica: planee no cargar nada de "
                "más de unos 5 kilos durante seis semanas, y eso incluye a sus hijos. Necesitará a otro adulto en "
                "casa por lo menos la primera semana, y ayuda parcial hasta la tercera o la cuarta.\n\n"
                "Los primeros días caminará un poco encorvada, puede tener drenajes y usará faja. Caminar desde el "
                "primer día es importante para prevenir coágulos; su cirujano le dirá si además necesita un "
                "medicamento para eso. La mayoría regresa a un trabajo de oficina entre las dos y las tres "
                "semanas, y al ejercicio fuerte alrededor de las seis a ocho.\n\n"
                "Sobre la anestesia: hable con el anestesiólogo antes del día de la cirugía, cuéntele sus "
                "experiencias anteriores y pregunte dónde se hará la operación, en un hospital o en un centro "
                "quirúrgico acreditado.",
                22,
                votes=5,
                chosen=True,
            ),
            A(
                "lindqvist",
                "Algo que suele quitar miedo: pida a su cirujano un plan de recuperación por escrito, semana por "
                "semana, antes de fijar la fecha: quién la ayuda en casa, cuándo puede manejar, bañarse o cargar, "
                "y a quién llamar de noche. Así organiza a la familia con tiempo y no sobre la marcha.\n\n"
                "Después de tres cesáreas, la cicatriz interna a veces hace que la piel esté más adherida en esa "
                "zona. Eso no impide la cirugía, pero es una de las razones por las que los resultados varían y "
                "por las que conviene un cirujano con experiencia en abdómenes después de embarazos.\n\n"
                "Dos cosas que conviene tener resueltas antes de la consulta: que su peso lleve unos meses "
                "estable y, si fuma o vapea, dejarlo por completo por lo menos cuatro semanas antes y después, "
                "porque la nicotina aumenta mucho el riesgo de problemas de cicatrización.",
                47,
                votes=2,
            ),
        ),
    ),
    Q(
        "beto.sd",
        ("porcelain-veneers",),
        "Me cotizaron carillas en Tijuana por una fracción del precio: ¿en qué me debo fijar?",
        "Tengo 33 años, los dientes un poco amarillos y dos de enfrente chuecos y desgastados en la orilla. En "
        "San Diego me cotizaron 8 carillas de porcelana por más de 12,000 dólares. En Tijuana me ofrecen 10 por "
        "menos de la mitad y me dicen que quedan listas en una semana.\n\n"
        "¿Es lo mismo? ¿Me van a limar mucho los dientes? Lo que me da miedo es tener problemas después y no "
        "tener a quién acudir.",
        "33",
        "San Diego",
        34,
        (
            A(
                "kowalski",
                "Antes de comparar precios, vale la pena preguntarse si necesita carillas. Con dientes amarillos, "
                "dos dientes algo chuecos y desgaste en la orilla, muchas personas logran un gran cambio con "
                "blanqueamiento, unos meses de alineadores y resina (bonding) en las orillas, desgastando poco o "
                "nada el diente. Las carillas de porcelana son excelentes cuando están bien indicadas, pero el "
                "diente se prepara y ese paso no tiene vuelta atrás: las carillas se reemplazan más o menos cada "
                "10 a 15 años, de por vida.\n\n"
                "Si la opción son carillas, pregunte cuánto esmalte van a quitar, si harán primero una prueba "
                "(mock-up) para que usted vea la forma antes de tocar los dientes, y qué pasa si una se despega o "
                "se rompe. Una semana de principio a fin es posible, pero deja poco tiempo para probar, ajustar y "
                "revisar la mordida.",
                16,
                votes=5,
            ),
            A(
                "romano",
                "Una diferencia que a veces no aparece en la cotización es cuántos dientes se preparan y cuánto. "
                "Algunas ofertas muy baratas en realidad son coronas: se desgasta el diente casi por completo, lo "
                "que aumenta el riesgo de sensibilidad y de necesitar un tratamiento de conducto después. Pida por "
                "escrito si son carillas o coronas, el material y el laboratorio.\n\n"
                "También conviene revisar antes las encías y la mordida: si rechina los dientes de noche o tiene "
                "una mordida cruzada, las carillas se pueden romper, y habría que planear una guarda o corregir "
                "primero la posición.\n\n"
                "Sobre el seguimiento: si decide hacerlo en Tijuana, hable antes con un dentista de San Diego que "
                "acepte revisarlo y reparar lo necesario, y guarde copia de sus radiografías y registros. Muchos "
                "problemas de las carillas aparecen meses después, no en la primera semana.",
                38,
                votes=3,
            ),
        ),
    ),
    Q(
        "ale.cdmx",
        ("masseter-botox",),
        "Botox en los maseteros para el bruxismo: ¿me va a cambiar la forma de la cara?",
        "Tengo 30 años y rechino los dientes de noche desde hace años. Ya rompí una guarda y me duele la "
        "mandíbula al despertar. Mi dentista me sugirió Botox en los maseteros.\n\n"
        "Me interesa para el dolor, pero leí que también afina la cara y no sé si quiero que me cambie tanto, "
        "porque ya tengo la cara delgada. ¿Cuánto dura? ¿Tengo que dejar de usar la guarda?",
        "30",
        "Ciudad de México",
        38,
        (
            A(
                "romano",
                "En el bruxismo, la toxina en los maseteros reduce la fuerza con la que aprieta, y muchas personas "
                "notan menos dolor al despertar en unas dos semanas. No trata la causa (estrés, sueño, mordida), "
                "así que la guarda se sigue usando: protege los dientes mientras la toxina baja la fuerza.\n\n"
                "Sobre la forma de la cara: el afinamiento aparece cuando el músculo pasa varios meses relajado y "
                "se reduce de tamaño, y depende de la dosis y de qué tan grande sea el músculo. Con la cara ya "
                "delgada, se puede empezar con una dosis más baja, suficiente para el dolor, e ir ajustando. Al "
                "principio el efecto dura más o menos de tres a cuatro meses, a veces más con sesiones "
                "repetidas.\n\n"
                "Antes de inyectar conviene revisar la articulación de la mandíbula y descartar otras causas del "
                "dolor. Si el dolor es intenso, o la mandíbula se traba o truena, pida una evaluación de la "
                "articulación.",
                19,
                votes=3,
            ),
        ),
    ),
    Q(
        "yaz.la",
        ("breast-augmentation", "breast-lift"),
        "Después de amamantar mis senos quedaron vacíos: ¿implantes, levantamiento o los dos?",
        "Tengo 34 años y amamanté a mis dos hijos más de un año a cada uno. Mis senos quedaron más chicos, "
        "vacíos arriba y un poco caídos; el pezón queda más o menos a la altura del pliegue.\n\n"
        "Quiero verme natural, no grande. Una clínica de Los Ángeles me dijo que basta con un aumento de senos con "
        "implantes, y otra que "
        "necesito también un levantamiento de senos. ¿Cómo sé quién tiene razón?",
        "34",
        "Los Ángeles",
        42,
        (
            A(
                "okafor",
                "Que dos cirujanos opinen distinto es común en casos como el suyo, que está justo en el límite. Lo "
                "que decide es sobre todo la posición del pezón respecto al pliegue de debajo del seno, la "
                "cantidad de piel sobrante y la calidad de esa piel. Si el pezón está a la altura del pliegue o "
                "apenas por debajo, un implante de tamaño moderado a veces llena la piel lo suficiente; si está "
                "claramente por debajo, el implante solo suele hacer que, con los años, el seno se vea caído "
                "sobre el implante.\n\n"
                "Pida a cada cirujano que se lo explique con medidas y no solo con palabras: distancia del pezón "
                "al pliegue, ancho de la base del seno, grosor del tejido. Y pida fotos, al año, de pacientes que "
                "empezaron como usted.\n\n"
                "El levantamiento agrega cicatrices (alrededor de la areola y a veces una vertical), pero da una "
                "forma más estable; en algunos casos se hace en dos tiempos. Es una decisión que se toma en "
                "persona, examinándola de pie.",
                24,
                votes=4,
            ),
        ),
    ),
    # Still waiting for a doctor.
    Q(
        "sofi_hou",
        ("microneedling", "fraxel-laser"),
        "Cicatrices de acné en las mejillas: ¿microneedling o láser Fraxel? Tengo piel morena",
        "Tengo 26 años y me quedaron cicatrices de acné en las mejillas, unas hundidas como hoyitos y otras más "
        "anchas. Ya no tengo brotes desde hace un año.\n\n"
        "En una clínica me recomiendan un paquete de seis sesiones de microneedling y en otra el láser Fraxel, "
        "que cuesta más. Soy de piel morena y me preocupa quedar con manchas. ¿Cuál funciona mejor para mi tipo "
        "de cicatrices? ¿Cuánto tiempo tengo que esperar para ver el resultado?",
        "26",
        "Houston",
        1,
    ),
    Q(
        "tere.hou",
        ("blepharoplasty",),
        "Párpados caídos que ya me tapan la vista de lado: ¿el seguro cubre la blefaroplastia?",
        "Tengo 58 años y los párpados de arriba se me han caído tanto que la piel me llega casi a las pestañas. "
        "Por las tardes siento los ojos cansados y levanto las cejas para ver mejor, sobre todo al manejar.\n\n"
        "Mi hija me dice que es algo estético, pero yo siento que sí me afecta la vista. He oído que, si es por "
        "la visión, el seguro puede cubrir la blefaroplastia. ¿Cómo se comprueba eso? ¿Con qué tipo de médico "
        "tengo que ir?",
        "58",
        "Houston",
        2,
    ),
    Q(
        "mari.mia",
        ("sclerotherapy",),
        "Arañitas en las piernas después de mis embarazos: ¿la escleroterapia duele y las quita de verdad?",
        "Tengo 47 años y desde mis embarazos me salieron arañitas moradas y rojas en los muslos y detrás de las "
        "rodillas. No me duelen, pero me da pena usar shorts en el verano de Miami, y trabajo muchas horas de "
        "pie.\n\n"
        "¿La escleroterapia las quita para siempre? ¿Cuántas sesiones se necesitan y tengo que usar medias de "
        "compresión después?",
        "47",
        "Miami",
        4,
    ),
]


def already_seeded() -> bool:
    return Question.objects.filter(language=LANGUAGE, title__in=[q.title for q in QUESTIONS]).exists()


def seed(ctx: DemoContext) -> None:
    """The Spanish questions with their treatments, answers and helpful votes; nothing if they are there."""
    if already_seeded():
        return
    by_slug = {treatment.slug: treatment for treatment in ctx.data["treatments"]}
    doctors: list[DoctorProfile] = ctx.data["doctors"]
    key_by_slug = {slugify(f"{named.first}-{named.last}"): named.key for named in ROSTER}
    doctor_by_key = {key_by_slug[d.slug]: d for d in doctors if d.slug in key_by_slug}
    authors = _patients(ctx)
    # Helpful votes come from the Spanish-speaking patients first, then the other demo patients.
    voters = list(authors.values()) + [p for p in ctx.data["patients"] if p.pk not in {a.pk for a in authors.values()}]
    disclaimer = DisclaimerVersion.objects.current()
    now = timezone.now()

    questions, tags, answers, votes = [], [], [], []
    for position, spec in enumerate(QUESTIONS):
        picked = [by_slug[slug] for slug in spec.treatments if slug in by_slug]
        if not picked:
            continue  # a catalogue without this treatment (tests seed their own)
        author = authors[spec.author]
        # Asked at different times of day; the answered questions a few days to six weeks ago.
        created = now - timedelta(days=spec.days_ago, hours=position % 9, minutes=17 * position % 60)
        question = Question(
            author=author,
            title=spec.title,
            slug=slugify(spec.title)[:160] or "question",
            body=spec.body,
            age_range=_age_range(spec.age),
            city=spec.city,
            language=LANGUAGE,
            created_at=created,
            last_activity_at=created,
        )
        written: list[Answer] = []
        for reply in spec.answers:
            doctor = _doctor_for(reply.doctor, doctor_by_key, doctors, picked, {a.doctor.pk for a in written})
            if doctor is None:
                continue
            answered = min(created + timedelta(hours=reply.hours_after), now)
            answer_voters = [user for user in voters if user.pk != author.pk][: reply.votes]
            answer = Answer(
                question=question,
                doctor=doctor,
                disclaimer=disclaimer,
                body=reply.text,
                language=LANGUAGE,
                created_at=answered,
                helpful_count=len(answer_voters),
                chosen_at=min(answered + timedelta(days=2), now) if reply.chosen else None,
            )
            written.append(answer)
            votes.append(answer_voters)
        if written:
            question.answer_count = len(written)
            question.helpful_count = sum(a.helpful_count for a in written)
            question.first_answer_doctor = min(written, key=lambda a: a.created_at).doctor
            question.last_activity_at = max(a.created_at for a in written)
        questions.append(question)
        tags.append(picked)
        answers.extend(written)

    for row in (*questions, *answers):
        row.render_body_html()  # bulk_insert writes rows around save(), where this is done
    bulk_insert(questions)
    bulk_insert(
        [QuestionTreatment(content_object=q, tag=t) for q, picked in zip(questions, tags, strict=True) for t in picked]
    )
    bulk_insert(answers)
    bulk_insert(
        [
            HelpfulVote(answer=answer, user=user, created_at=min(answer.created_at + timedelta(hours=index + 1), now))
            for answer, answer_voters in zip(answers, votes, strict=True)
            for index, user in enumerate(answer_voters)
        ]
    )
    # The doctors' answers, helpful votes and chosen answers, counted from the rows as the services keep them.
    answering = {answer.doctor_id for answer in answers}
    doctor_counters_refresh(doctor_ids=answering)
    for doctor in doctors:
        if doctor.pk in answering:  # ctx.data keeps the figures the database has
            doctor.refresh_from_db(fields=["answer_count", "helpful_vote_count", "chosen_answer_count"])
    ctx.out.write(f"  en español   {len(questions)} questions, {len(answers)} answers\n")


def _patients(ctx: DemoContext) -> dict[str, User]:
    """The Spanish-speaking demo patients by handle, created the way accounts/demo.py creates patients."""
    existing = {user.handle: user for user in User.objects.filter(handle__in=PATIENTS)}
    new = [
        User(
            handle=handle,
            email=f"{handle}@patients.candid.example",
            password=ctx.password_hash,
            language=LANGUAGE,
        )
        for handle in PATIENTS
        if handle not in existing
    ]
    User.objects.bulk_create(new)
    confirm_addresses(User.objects.filter(handle__in=[user.handle for user in new]))
    return {user.handle: user for user in User.objects.filter(handle__in=PATIENTS)}


def _doctor_for(
    key: str, doctor_by_key: dict, doctors: list[DoctorProfile], picked: list, used: set[int]
) -> DoctorProfile | None:
    """The doctor an answer was written for; if this seed lacks them, another who performs the treatment."""
    doctor = doctor_by_key.get(key)
    if doctor is not None and doctor.pk not in used:
        return doctor
    return next(
        (d for d in doctors if d.pk not in used and any(does(d.specialty, t.slug) for t in picked)),
        None,
    )
