// Signed out: first-run setup, sign-in and an invitation's welcome. ICU MessageFormat.
export default {
  signInTitle: 'Sign in to Sector Voice',
  email: 'Email',
  password: 'Password',
  enterEmail: 'Enter your email.',
  enterPassword: 'Enter your password.',
  signingIn: 'Signing in…',
  signIn: 'Sign in',
  setupTitle: 'Welcome to Sector Voice',
  setupIntro:
    'This is a new installation. Create the first administrator account; you can invite colleagues later.',
  yourName: 'Your name',
  passwordHint: 'At least 12 characters.',
  creating: 'Creating…',
  createAdmin: 'Create the admin account',
  samePasswordTwice: 'Type the same password twice.',
  linkBroken: 'This invitation link does not work',
  alreadyChose: 'If you already chose a password, <link>sign in</link>.',
  yourInvitation: 'your invitation',
  welcomeTitle: 'Welcome to Sector Voice, {name}',
  welcomeIntro:
    'Choose a password for your account. You will sign in with your email and this password from now on. This link works once, until {until}.',
  passwordAgain: 'The same password again',
  saving: 'Saving…',
  savePassword: 'Save my password and sign in',
};
