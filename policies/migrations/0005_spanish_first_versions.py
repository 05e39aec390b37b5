"""Spanish translations of version 1 of every policy document (written by 0002_first_versions).

Only a version 1 whose body is still exactly the English text 0002 wrote is translated: a site that
published its own version 1 keeps it untranslated until someone translates its own words. A kind
missing from SPANISH is skipped. The version stays the text that applies; the translation renders
the same words for Spanish readers.

Migrations never import app code: the Markdown is rendered with 0002's `_render`, which renders it
the way `policies.text.render_policy` does.
"""

import importlib

from django.db import migrations

GUIDELINES = """
Candid es el lugar donde las personas que están pensando en hacerse tratamientos cosméticos o de
medicina estética hacen preguntas, los médicos verificados responden y los pacientes cuentan lo que
realmente les pasó. Solo funciona si lo que usted lee aquí es honesto. Estas normas explican lo que
eso significa en la práctica.

## Lo que sí tiene cabida aquí

- **Preguntas** sobre tratamientos que está pensando hacerse, que ya se hizo o que quiere entender:
  cómo funcionan, la recuperación, los riesgos, los costos, qué preguntar en una consulta.
- **Reseñas** de tratamientos que se hizo usted, con la clínica y el médico si lo desea: lo que le
  dijeron, lo que pasó, cuánto costó y cómo se siente hoy con el resultado. Son bienvenidas todas las
  reseñas: buenas, malas y mixtas.
- **Fotos de antes y después** de su propio tratamiento o, en el caso de los médicos, de pacientes
  que dieron su consentimiento, y este quedó registrado.
- **Respuestas de médicos verificados.** Solo pueden responder preguntas los médicos cuya licencia
  hayan comprobado nuestros moderadores. Cada respuesta lleva un aviso médico con el nombre del
  médico.

## Lo que no

- **Consejos médicos de quien no sea un médico verificado.** Comparta su experiencia (“la hinchazón
  me duró una semana”), pero no les diga a los demás lo que deben hacer con su salud (“no necesita
  consultar a nadie por eso”). Las respuestas de los médicos también son información educativa
  general, no un diagnóstico.
- **Reseñas falsas o compradas.** Escriba reseñas solo de tratamientos que realmente se hizo. No
  reseñe su propia clínica, la de la competencia ni el consultorio de su empleador, y no escriba
  reseñas en nombre de otra persona.
- **Incentivos no declarados.** Si recibió algo a cambio de una reseña o de una publicación (un
  descuento, una sesión gratis, un pago, un regalo), dígalo claramente en ella. Los médicos deben
  declarar cualquier vínculo comercial con un producto o una clínica que mencionen.
- **Fotos sin consentimiento.** Publique solo fotos suyas o, si es médico, de pacientes cuyo
  consentimiento por escrito haya registrado al subirlas. Nunca publique una foto de alguien que no
  lo haya autorizado. A todas las fotos les quitamos los datos de ubicación y de la cámara antes de
  que nadie las vea.
- **Ataques personales, acoso y odio.** Critique un tratamiento o un resultado, no el valor de una
  persona. Nada de amenazas, insultos ni ataques en grupo.
- **Datos privados de otras personas.** No publique el nombre real, la dirección, el número de
  teléfono ni la información médica de nadie, salvo que sean suyos. Aquí los miembros se conocen por
  un nombre público, y así debe seguir siendo.
- **Publicidad y spam.** Nada de promociones, listas de precios, códigos de descuento ni enlaces
  para vender cosas.
- **Todo lo que sea ilegal**, incluida la venta de medicamentos que solo se venden con receta y la
  publicación de contenido que usted no tenga derecho a compartir.

## Cómo funciona la moderación

Los miembros pueden reportar cualquier cosa que incumpla estas normas con el botón **Reportar**. Un
moderador revisa cada reporte. Cuando varios miembros de confianza reportan la misma publicación,
esta puede ocultarse automáticamente hasta que un moderador decida; los reportes de cuentas recién
creadas nunca ocultan nada por sí solos, y el perfil de un médico nunca se oculta solo por reportes.

**Ocultamos, no borramos.** Una publicación que incumple las normas se oculta al público y se deja
constancia del motivo; su autor puede seguir viéndola, junto con lo que se decidió. Si se ocultó por
error, un moderador la restablece tal como estaba. Las infracciones repetidas o graves pueden llevar
a la suspensión de la cuenta.

## Apelaciones

Si cree que un moderador se equivocó (una publicación oculta, un reporte descartado, una cuenta
suspendida, la verificación de un médico rechazada), escríbanos mediante el
[formulario de reportes](/contact/), elija “Otra cosa” e incluya la dirección web de la publicación.
Otro moderador volverá a revisarlo y le responderá.

## Cómo reportar algo

Para reportar una sola publicación, use su botón **Reportar**. Para cualquier otro asunto —un médico
que le preocupe, un asunto legal como derechos de autor, difamación o su privacidad, o algo
peligroso—, use el [formulario de reportes](/contact/). No necesita una cuenta. Consulte
[cómo atendemos los reportes](/policies/reporting/).
"""

PRIVACY = """
Esta política explica qué datos suyos guarda Candid, por qué, durante cuánto tiempo y cómo mantiene
usted el control sobre ellos. La escribimos breve y concreta. Si algo no está claro,
[escríbanos](/contact/).

## Qué guardamos y por qué

- **Su cuenta:** un nombre público (el nombre con el que aparece en el sitio), su dirección de
  correo electrónico y su contraseña protegida con hash. El nombre público es lo que ven los demás.
  Su dirección de correo electrónico es privada: la usamos para confirmar su cuenta, para
  restablecer su contraseña y para enviarle las notificaciones que usted elija. Nunca se muestra en
  el sitio.
- **Lo que usted publica:** preguntas, respuestas, reseñas, fotos, votos de “útil” y reportes, con
  la fecha en que los publicó. Lo que publica es público y aparece con su nombre público, excepto los
  reportes, que solo ven los moderadores.
- **Fotos:** antes de guardar la versión que puede ver cualquier persona, quitamos de cada foto la
  ubicación, los datos de la cámara y otros datos ocultos. El archivo original que usted subió se
  conserva en privado para la moderación y nunca se muestra públicamente. En las fotos de antes y
  después, registramos el consentimiento dado al subirlas.
- **Verificación de los médicos:** en el caso de los médicos, los datos de su licencia y los
  documentos que nos envían, que solo pueden ver los moderadores, y la decisión de los moderadores.
- **Qué políticas aceptó** y cuándo, para poder mostrar lo que usted aceptó.
- **Registros de seguridad:** una cookie de sesión mientras tiene la sesión iniciada, la
  configuración de la verificación en dos pasos si la usa, y recuentos de corta duración de las
  solicitudes por dirección de red para frenar el spam y los intentos de adivinar contraseñas.
- **Mensajes que nos envía:** lo que nos manda por el formulario de reportes y la dirección a la que
  debemos responderle.

No vendemos sus datos, no mostramos publicidad y no usamos cookies de rastreo ni de publicidad.

## Cuánto tiempo los guardamos

- Su cuenta y sus publicaciones se conservan mientras su cuenta esté abierta.
- Cuando usted cierra su cuenta, eliminamos su dirección de correo electrónico, su contraseña y
  otros datos privados. Antes de que confirme, la página de cierre le explica qué pasa con cada tipo
  de publicación.
- Los registros de moderación (qué se ocultó y por qué) se conservan durante el mismo tiempo que el
  contenido al que se refieren, para que las decisiones puedan revisarse y apelarse.
- Los recuentos de solicitudes que usamos contra el spam y los intentos de adivinar contraseñas se
  borran en un plazo de un día.
- Los mensajes enviados por el formulario de reportes se conservan junto con los registros de
  moderación a los que dieron lugar.

## Sus derechos y cómo ejercerlos

- **Ver y llevarse sus datos:** descargue todo lo que publicó y todo lo que guardamos sobre su
  cuenta desde [la página de sus datos](/accounts/data/).
- **Corregirlos:** modifique sus datos en la configuración de su cuenta, y sus publicaciones desde
  “Mi Candid”.
- **Eliminarlos:** [cierre su cuenta](/accounts/close/) en cualquier momento. También puede retirar
  una pregunta o una foto por separado.
- **Retirar su consentimiento:** si se trata de una foto de antes y después, retírela desde
  “Mi Candid” y se quitará del sitio público.
- **Oponerse o presentar una queja:** [escríbanos](/contact/) y elija “Un asunto legal”. Le
  respondemos en un plazo de un mes. También puede presentar una queja ante la autoridad de
  protección de datos que le corresponda.

## Quién más ve sus datos

Solo las personas que administran Candid y las empresas que alojan nuestros servidores, almacenan
nuestros archivos y envían nuestros correos electrónicos, mediante contratos que solo les permiten
usarlos para prestarnos ese servicio. Solo entregamos datos a las autoridades cuando la ley lo
exige.

## Cambios

Cuando esta política cambie, publicaremos aquí una nueva versión con un resumen de los cambios y
pediremos a los miembros que la acepten la próxima vez que visiten el sitio. Las versiones
anteriores se pueden seguir leyendo más abajo.
"""

TERMS = """
Estos términos son el acuerdo entre usted y Candid cuando usa el sitio. Al crear una cuenta, usted
los acepta, junto con la [política de privacidad](/policies/privacy/) y las
[normas de la comunidad](/policies/guidelines/).

## Quién puede usar Candid

Debe tener al menos 18 años para crear una cuenta. Se permite una cuenta por persona. Los médicos
deben tener una licencia vigente para ejercer y haber superado nuestra verificación antes de
responder preguntas; además, deben asegurarse de que la información que nos dieron siga siendo
exacta.

## Su cuenta

Si quiere mantenerse en el anonimato, elija un nombre público que no sea su nombre real. No comparta
su contraseña con nadie y avísenos si cree que otra persona está usando su cuenta. Usted es
responsable de lo que se publique desde ella.

## Lo que usted publica

Usted conserva los derechos sobre lo que publica. Otorga a Candid una licencia no exclusiva, mundial
y libre de regalías para alojarlo, mostrarlo y adaptarlo para su visualización (por ejemplo, cambiar
el tamaño de las fotos), durante el tiempo que permanezca en el sitio y en la medida necesaria para
los registros que se describen en la política de privacidad. Usted confirma que tiene derecho a
publicarlo, que sus reseñas describen su propia experiencia y que todas las personas que aparecen en
sus fotos dieron su autorización.

Todo lo que publique debe cumplir las [normas de la comunidad](/policies/guidelines/). Los
moderadores pueden ocultar las publicaciones que no las cumplan y suspender las cuentas que las
incumplan de forma reiterada o grave. Le avisamos cuando ocultamos algo suyo, y usted puede
[apelar](/contact/).

## No es consejo médico

Candid no es un proveedor de atención médica. Las respuestas de los médicos son información general
basada en lo que se escribió, y las reseñas de los pacientes son experiencias personales. Ni unas ni
otras reemplazan una consulta con un profesional de la salud que lo haya examinado. Lea nuestro
[aviso médico](/policies/medical-disclaimer/).

## Nuestra responsabilidad

Trabajamos para que Candid esté disponible y sea exacto y seguro, pero no podemos garantizar que el
sitio funcione sin interrupciones ni errores, ni que lo que publican los miembros sea correcto. En la
medida en que la ley lo permita, no somos responsables de las decisiones que usted tome a partir de
lo que lea aquí. Nada de lo dispuesto en estos términos limita los derechos que la ley le otorga y
que no pueden limitarse.

## Terminación

Puede cerrar su cuenta en cualquier momento desde [su cuenta](/accounts/close/), después de
descargar [sus datos](/accounts/data/) si lo desea. Podemos suspender o cerrar una cuenta que
incumpla estos términos; le diremos por qué, y usted podrá apelar.

## Cambios en estos términos

Cuando estos términos cambien, publicaremos una nueva versión con un resumen de los cambios y le
pediremos que la acepte la próxima vez que visite el sitio. Mientras no la acepte, podrá seguir
leyendo, pero no publicar. Si no está de acuerdo, puede cerrar su cuenta.

## Contacto

Si tiene preguntas sobre estos términos, [escríbanos](/contact/).
"""

MEDICAL_DISCLAIMER = """
Nuestros moderadores verifican a los médicos de Candid antes de que puedan responder: comprobamos su
licencia para ejercer y dejamos constancia de quién la comprobó y cuándo.

## Qué es una respuesta

La respuesta de un médico en Candid es **información educativa general basada en lo que usted
escribió**. No es un diagnóstico ni un plan de tratamiento, y no crea una relación médico-paciente.
El médico no lo ha examinado, no ha visto su historial médico ni ha escuchado lo que usted no puso
por escrito.

Cada respuesta muestra el aviso que estaba vigente cuando se escribió, con el nombre del médico que
la escribió, para que usted siempre sepa quién dijo qué y en qué condiciones.

## Qué son las reseñas y las fotos

Las reseñas de los pacientes y las fotos de antes y después son experiencias personales. Los
resultados varían de una persona a otra; el resultado de otra persona no es una promesa de lo que usted
obtendrá. Las fotos muestran a una persona en un momento dado, y no podemos verificar cada detalle de
cada reseña.

## Qué hacer en cambio

Solo una consulta en persona con un profesional de la salud calificado que lo haya examinado puede
decirle si un tratamiento es adecuado para usted, qué riesgos tiene en su caso y qué puede esperar.

**Si tiene una emergencia médica** —dolor repentino, cambios en la vista, piel que se pone pálida o
amoratada después de un relleno, dificultad para respirar—, llame ahora mismo al número de
emergencias de su zona o vaya a una sala de emergencias. No espere a recibir una respuesta aquí.
"""

REPORTING = """
Puede avisarnos de un problema en Candid, tenga o no una cuenta.

## Una sola publicación

Use el botón **Reportar** que aparece debajo de cualquier pregunta, respuesta, reseña o foto, y
elija el motivo. Cada reporte llega a un moderador. Solo los moderadores ven quién reportó qué.

## Cualquier otro asunto

Use el [formulario de reportes](/contact/). Elija el motivo que mejor corresponda:

- **Reportar a un médico**: por ejemplo, si cree que un médico no es quien dice ser, que está
  haciendo publicidad o que se comportó de forma poco profesional en sus respuestas.
- **Un asunto legal**: derechos de autor (su foto o su texto publicados sin permiso), difamación o
  su privacidad (su nombre, su cara o sus datos publicados sin su consentimiento). Díganos quién es
  usted y qué derecho se ve afectado, e indique la dirección web de la página.
- **Un problema de seguridad**: contenido que podría poner a alguien en riesgo, o un miembro que
  podría estar en peligro.
- **Otra cosa**: incluidas las apelaciones contra una decisión de moderación.

Recibirá de inmediato un correo electrónico que confirma que recibimos su mensaje.

## Qué pasa después

Un moderador lee cada reporte, por lo general en un plazo de dos días hábiles, y responde a la
dirección que usted indicó. Si una publicación incumple nuestras
[normas de la comunidad](/policies/guidelines/), se oculta, no se borra: se deja constancia de la
decisión y de su motivo, y el autor puede apelar. En los asuntos legales, es posible que necesitemos
más información de su parte antes de actuar, y es posible que le informemos al autor que se presentó
una queja (nunca quién la presentó, salvo que la ley lo exija).

## Emergencias

No podemos responder en tiempo real. Si alguien está en peligro, llame al número de emergencias de
su zona.
"""

SPANISH = {
    "guidelines": ("La primera versión publicada de nuestras normas de la comunidad.", GUIDELINES),
    "privacy": ("La primera versión publicada de nuestra política de privacidad.", PRIVACY),
    "terms": ("La primera versión publicada de nuestros términos de uso.", TERMS),
    "medical-disclaimer": (
        "La primera versión publicada de nuestro aviso médico para todo el sitio.",
        MEDICAL_DISCLAIMER,
    ),
    "reporting": ("La primera versión publicada de cómo reportar un problema.", REPORTING),
}


def translate_first_versions(apps, schema_editor):
    first_versions = importlib.import_module("policies.migrations.0002_first_versions")
    PolicyVersion = apps.get_model("policies", "PolicyVersion")
    PolicyTranslation = apps.get_model("policies", "PolicyTranslation")
    using = schema_editor.connection.alias
    for kind, _summary, english in first_versions.DOCUMENTS:
        if kind not in SPANISH:
            continue
        version = PolicyVersion.objects.using(using).filter(kind=kind, number=1, body=english.strip()).first()
        if version is None:
            continue
        if PolicyTranslation.objects.using(using).filter(version=version, language="es").exists():
            continue
        summary_es, body_es = SPANISH[kind]
        PolicyTranslation.objects.using(using).create(
            version=version,
            language="es",
            summary=summary_es,
            body=body_es.strip(),
            body_html=first_versions._render(body_es),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0004_policy_translations"),
    ]

    operations = [migrations.RunPython(translate_first_versions, migrations.RunPython.noop)]
