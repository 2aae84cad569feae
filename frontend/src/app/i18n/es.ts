import type { en } from './en';

export const es: Record<keyof typeof en, string> = {
  'app.productName': 'Portal de Beneficios KAP',
  'app.nav.label': 'Principal',
  'app.nav.home': 'Inicio',
  'app.nav.signIn': 'Iniciar sesión',
  'app.nav.privacy': 'Privacidad',
  'app.language': 'Idioma',
  'app.signedInAs': 'Sesión iniciada como {name}',
  'app.goHome': 'Ir a tu página de inicio',
  'app.notFound.heading': 'No encontramos esta página',
  'app.notFound.text': 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error.',
  'app.noAccess.heading': 'No tienes acceso a esta página',
  'app.noAccess.text': 'Esta página corresponde a otro tipo de cuenta.',
  'app.footer.crisis': '¿Estás en crisis? Llama o envía un mensaje de texto al 988. Si es una emergencia, llama al 911.',
  'app.footer.confidential': 'Un beneficio confidencial: tu empleador nunca sabe quién participa.',
  'app.nav.programmes': 'Programas',
  'app.nav.team': 'Equipo',
  'app.nav.about': 'Sobre el beneficio',
  'app.nav.myDetails': 'Mis datos',
};
